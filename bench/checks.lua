-- wrk script: POST /api/v1/checks with the sentences of bench/checks-sentences.txt in turn.
--   wrk -s bench/checks.lua ...            closed loop, as fast as the connections allow
--   PACE_MS=100 wrk -s bench/checks.lua    each connection waits PACE_MS between requests
-- wrk (Debian) cannot hold a constant rate (no -R); pacing gives connections/PACE_MS requests per
-- second only while responses are fast. bench/RateClient.java holds the rate open-loop.

local sentences = {}
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
for line in io.lines(dir .. "checks-sentences.txt") do
  if line ~= "" then
    sentences[#sentences + 1] = line
  end
end

local function quote(s)
  return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

local bodies = {}
for i, s in ipairs(sentences) do
  bodies[i] = '{"text":' .. quote(s) .. '}'
end

local pace = tonumber(os.getenv("PACE_MS") or "0")
local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 7
end

function init(args)
  n = offset or 0
end

function request()
  n = n + 1
  return wrk.format("POST", "/api/v1/checks", { ["Content-Type"] = "application/json" }, bodies[(n % #bodies) + 1])
end

function delay()
  return pace
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors (connect/read/write/status/timeout) %d/%d/%d/%d/%d, %.1f req/s\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout, summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%-5s %8.2f ms\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max    %8.2f ms\n", latency.max / 1000))
end
