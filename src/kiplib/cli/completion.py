"""``kiplib completion SHELL``: a completion script for bash, zsh or fish, written from the
command's own parser (sub-commands, their options and the choices of each), so it never lags
behind the command.

    kiplib completion bash > ~/.local/share/bash-completion/completions/kiplib
    kiplib completion zsh > "${fpath[1]}/_kiplib"
    kiplib completion fish > ~/.config/fish/completions/kiplib.fish
"""

from __future__ import annotations

import argparse
import sys

NAME = "completion"
HELP = "skrip pelengkapan shell / shell completion script (bash, zsh, fish)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=["bash", "zsh", "fish"], help="shell")


def _commands() -> dict[str, tuple[list[str], dict[str, list[str]]]]:
    """Each sub-command: its options and, for options and positionals with choices, those."""
    from kiplib.cli import build_parser

    parser = build_parser()
    out: dict[str, tuple[list[str], dict[str, list[str]]]] = {}
    for action in parser._actions:  # argparse keeps its sub-parsers here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                options: list[str] = []
                choices: dict[str, list[str]] = {}
                for a in sub._actions:
                    options.extend(o for o in a.option_strings if o.startswith("--"))
                    if a.choices is not None and not isinstance(a.choices, dict):
                        key = a.option_strings[0] if a.option_strings else ""
                        choices[key] = [str(c) for c in a.choices]
                out[name] = (sorted(set(options)), choices)
    return out


def bash() -> str:
    commands = _commands()
    lines = [
        "# kiplib completion for bash (written by `kiplib completion bash`)",
        "_kiplib() {",
        '    local cur prev cmd="${COMP_WORDS[1]}"',
        '    cur="${COMP_WORDS[COMP_CWORD]}"',
        '    prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '    if [ "$COMP_CWORD" -eq 1 ]; then',
        f'        COMPREPLY=($(compgen -W "{" ".join(commands)} --version --lang --json --help" '
        '-- "$cur")); return',
        "    fi",
        '    case "$cmd" in',
    ]
    for name, (options, choices) in commands.items():
        lines.append(f"    {name})")
        lines.append('        case "$prev" in')
        for option, values in choices.items():
            if option:
                lines.append(
                    f'            {option}) COMPREPLY=($(compgen -W "{" ".join(values)}" '
                    '-- "$cur")); return;;'
                )
        lines.append("        esac")
        words = " ".join(options + choices.get("", []))
        lines.append(f'        COMPREPLY=($(compgen -W "{words}" -f -- "$cur"));;')
    lines += ["    esac", "}", "complete -o default -F _kiplib kiplib", ""]
    return "\n".join(lines)


def zsh() -> str:
    return "\n".join(
        [
            "#compdef kiplib",
            "# kiplib completion for zsh (written by `kiplib completion zsh`): the bash one,",
            "# through zsh's bash-completion layer.",
            "autoload -U +X bashcompinit && bashcompinit",
            bash(),
        ]
    )


def fish() -> str:
    commands = _commands()
    lines = [
        "# kiplib completion for fish (written by `kiplib completion fish`)",
        f"complete -c kiplib -n __fish_use_subcommand -f -a '{' '.join(commands)}'",
    ]
    for name, (options, choices) in commands.items():
        cond = f"__fish_seen_subcommand_from {name}"
        positional = choices.get("")
        if positional:
            lines.append(f"complete -c kiplib -n '{cond}' -f -a '{' '.join(positional)}'")
        for option in options:
            values = choices.get(option)
            arg = f" -r -f -a '{' '.join(values)}'" if values else ""
            lines.append(f"complete -c kiplib -n '{cond}' -l {option[2:]}{arg}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    script = {"bash": bash, "zsh": zsh, "fish": fish}[args.shell]()
    sys.stdout.write(script)
    return 0
