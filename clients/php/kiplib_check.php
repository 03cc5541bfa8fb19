<?php
// A PPID app in PHP asks a running `kiplib serve` for a request's timeline and a dashboard
// batch, and checks the answers. Usage: php kiplib_check.php http://127.0.0.1:8000
// Needs only php-cli (JSON and HTTP streams are built in).

declare(strict_types=1);

$base = rtrim($argv[1] ?? (getenv('KIPLIB_URL') ?: 'http://127.0.0.1:8000'), '/');
$failures = 0;
$passed = 0;

function call(string $url, string $body, string $type, string $lang): array
{
    $context = stream_context_create(['http' => [
        'method' => 'POST',
        'header' => "Content-Type: $type\r\nAccept-Language: $lang\r\n",
        'content' => $body,
        'ignore_errors' => true,  // read problem objects too
        'timeout' => 30,
    ]]);
    $text = file_get_contents($url, false, $context);
    if ($text === false) {
        fwrite(STDERR, "no answer from $url\n");
        exit(2);
    }
    preg_match('#^HTTP/\S+ (\d{3})#', $http_response_header[0], $m);
    return [(int)$m[1], $text];
}

function check(bool $ok, string $what): void
{
    global $failures, $passed;
    if ($ok) {
        $passed++;
        echo "ok: $what\n";
    } else {
        $failures++;
        echo "FAILED: $what\n";
    }
}

// 1. The timeline of a request received on Friday 5 April 2024, 09:00 WIB, seen on 6 May 2024.
$request = [
    'body' => ['name' => 'Dinas Kominfo Kota Contoh', 'level' => 'regency_city'],
    'events' => [['type' => 'request_received', 'at' => '2024-04-05T09:00:00+07:00']],
    'as_of' => '2024-05-06',
];
[$status, $text] = call("$base/v1/timeline", json_encode($request), 'application/json', 'en');
$timeline = json_decode($text, true);
check($status === 200, 'timeline answered 200');
check($timeline['status'] === 'notice_overdue', 'the notice is overdue');
// A regency's commission has no known way of counting (D-12): safe by the 26th, late after the 29th.
check($timeline['entries'][0]['deadline']['due'] === '2024-04-26', 'notice safe by 2024-04-26');
check($timeline['entries'][0]['deadline']['latest'] === '2024-04-29', 'notice late after 2024-04-29');
check($timeline['text']['entries'][0]['citation'] === 'UU 14/2008 Pasal 22 ayat (7)', 'notice cites Pasal 22 ayat (7)');
check(str_contains($timeline['text']['summary'], 'may be filed'), 'summary in English');

// 2. A dashboard batch: one header line, then one line per request (NDJSON in and out).
$lines = [json_encode(['as_of' => '2024-05-06'])];
$lines[] = json_encode(['id' => 'A-1', 'received' => '2024-04-05']);
$lines[] = json_encode(['id' => 'A-2', 'received' => '2024-04-05', 'notice_sent' => '2024-04-22']);
$lines[] = json_encode(['id' => 'A-3', 'received' => '2024-04-05', 'notice_sent' => '2024-05-02']);
[$status, $text] = call("$base/v1/batch/notice-status", implode("\n", $lines) . "\n", 'application/x-ndjson', 'id');
$rows = array_map(fn($l) => json_decode($l, true), array_values(array_filter(explode("\n", $text))));
check($status === 200 && count($rows) === 3, 'batch answered one line per request');
check(array_column($rows, 'status') === ['overdue', 'on_time', 'late'], 'batch statuses');
check(array_column($rows, 'days_overdue') === [7, 0, 3], 'batch days overdue');

// 3. A mistake comes back as a problem object with kiplib's code.
$bad = ['step' => 'notice', 'start' => '2024-04-05T09:00'];
[$status, $text] = call("$base/v1/deadline", json_encode($bad), 'application/json', 'en');
$problem = json_decode($text, true);
check($status === 422 && $problem['code'] === 'naive-datetime', 'problem object with its code');

echo "$passed passed, $failures failed\n";
exit($failures === 0 ? 0 : 1);
