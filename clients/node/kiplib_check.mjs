// A PPID app in JavaScript (Node 18+, no package needed) asks a running `kiplib serve` for a
// request's timeline and a dashboard batch, and checks the answers.
// Usage: node kiplib_check.mjs http://127.0.0.1:8000

const base = (process.argv[2] ?? process.env.KIPLIB_URL ?? "http://127.0.0.1:8000").replace(/\/$/, "");
let passed = 0;
let failed = 0;

function check(ok, what) {
  if (ok) {
    passed += 1;
    console.log(`ok: ${what}`);
  } else {
    failed += 1;
    console.log(`FAILED: ${what}`);
  }
}

async function post(path, body, type, lang) {
  const response = await fetch(base + path, {
    method: "POST",
    headers: { "Content-Type": type, "Accept-Language": lang },
    body,
  });
  return [response.status, await response.text()];
}

// 1. The timeline of a request received on Friday 5 April 2024, 09:00 WIB, seen on 6 May 2024.
const request = {
  body: { name: "Dinas Kominfo Kota Contoh", level: "regency_city" },
  events: [{ type: "request_received", at: "2024-04-05T09:00:00+07:00" }],
  as_of: "2024-05-06",
};
let [status, text] = await post("/v1/timeline", JSON.stringify(request), "application/json", "id");
const timeline = JSON.parse(text);
check(status === 200, "timeline answered 200");
check(timeline.status === "notice_overdue", "the notice is overdue");
// A regency's commission has no known way of counting (D-12): safe by the 26th, late after the 29th.
check(timeline.entries[0].deadline.due === "2024-04-26", "notice safe by 2024-04-26");
check(timeline.entries[0].deadline.latest === "2024-04-29", "notice late after 2024-04-29");
check(timeline.text.entries[0].citation === "UU 14/2008 Pasal 22 ayat (7)", "notice cites Pasal 22 ayat (7)");
check(timeline.text.summary.includes("keberatan"), "summary in Bahasa Indonesia");

// 2. A dashboard batch: one header line, then one line per request (NDJSON in and out).
const lines = [
  { as_of: "2024-05-06" },
  { id: "A-1", received: "2024-04-05" },
  { id: "A-2", received: "2024-04-05", notice_sent: "2024-04-22" },
  { id: "A-3", received: "2024-04-05", notice_sent: "2024-05-02" },
].map((line) => JSON.stringify(line));
[status, text] = await post("/v1/batch/notice-status", lines.join("\n") + "\n", "application/x-ndjson", "id");
const rows = text.split("\n").filter((l) => l).map((l) => JSON.parse(l));
check(status === 200 && rows.length === 3, "batch answered one line per request");
check(JSON.stringify(rows.map((r) => r.status)) === '["overdue","on_time","late"]', "batch statuses");
check(JSON.stringify(rows.map((r) => r.days_overdue)) === "[7,0,3]", "batch days overdue");

// 3. A mistake comes back as a problem object with kiplib's code.
[status, text] = await post("/v1/deadline", JSON.stringify({ step: "notice", start: "2024-04-05T09:00" }), "application/json", "en");
const problem = JSON.parse(text);
check(status === 422 && problem.code === "naive-datetime", "problem object with its code");

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
