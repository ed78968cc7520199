-- wrk script: keep-alive clients through the edge during a deploy or rollback (ansible/tests/e2e.sh).
--
--   WRK_TOKEN=... WRK_EMAIL=... WRK_PASSWORD=... WRK_SUMMARY=out.json [WRK_DELAY_MS=250] \
--     wrk -t2 -c64 -d900s --timeout 30s -s keepalive.lua https://127.0.0.1:5443
--
-- Every connection stays open and sends, in turn, GET /v1/version, the hotel and tour listings,
-- POST /v1/bookings/quote (Bearer token, a fresh Idempotency-Key each) and, now and then, a GET of
-- an unknown path (the scenario's only expected 4xx: 404). Each thread logs in again every
-- WRK_REFRESH_SECONDS (default 10) and uses the new access token from then on. WRK_DELAY_MS is
-- the pause per connection between two requests (the rate stays bounded on a busy machine).
-- Responses are matched to their request through the X-Request-Id the app echoes. Stop it with
-- SIGINT: wrk then ends early, and done() writes the JSON summary (wrk's socket errors, counts per
-- kind and status, unexpected answers, colours seen).

local DEMO_HOTEL = "00000000-0000-4000-8000-000000000301"
local EXPECTED = { version = 200, hotels = 200, tours = 200, quote = 201, login = 200, notfound = 404 }
local CYCLE = { "version", "hotels", "quote", "tours", "version", "quote", "hotels", "version",
                "quote", "tours", "version", "quote", "hotels", "version", "quote", "notfound" }

local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  token = os.getenv("WRK_TOKEN") or ""
  email = os.getenv("WRK_EMAIL") or ""
  password = os.getenv("WRK_PASSWORD") or ""
  delay_ms = tonumber(os.getenv("WRK_DELAY_MS") or "250")
  refresh_seconds = tonumber(os.getenv("WRK_REFRESH_SECONDS") or "10")
  next_refresh = os.time() + refresh_seconds
  local check_in = os.time() + 30 * 86400
  quote_body = string.format(
    '{"packageType":"HOTEL","packageId":"%s","checkIn":"%s","checkOut":"%s","guests":2,"units":1}',
    DEMO_HOTEL, os.date("!%Y-%m-%d", check_in), os.date("!%Y-%m-%d", check_in + 2 * 86400))
  login_body = string.format('{"email":"%s","password":"%s"}', email, password)
  sent = 0
  responses = 0
  unexpected = 0
  expected_4xx = 0
  logins = 0
  by_kind = {}
  colors = {}
  samples = {}
end

function delay()
  return delay_ms
end

function request()
  sent = sent + 1
  local kind = CYCLE[(sent % #CYCLE) + 1]
  if os.time() >= next_refresh then
    kind = "login"
    next_refresh = os.time() + refresh_seconds
  end
  local headers = { ["X-Request-Id"] = string.format("%s-%d-%d", kind, thread_id, sent) }
  if kind == "version" then
    return wrk.format("GET", "/v1/version", headers)
  elseif kind == "hotels" then
    return wrk.format("GET", "/v1/hotel-packages?city=Lisbon", headers)
  elseif kind == "tours" then
    return wrk.format("GET", "/v1/tour-packages?destination=Sintra", headers)
  elseif kind == "notfound" then
    return wrk.format("GET", "/v1/keepalive-no-such-path", headers)
  elseif kind == "login" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/v1/auth/login", headers, login_body)
  end
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Bearer " .. token
  headers["Idempotency-Key"] = string.format("wrk-%d-%d-%d", thread_id, os.time(), sent)
  return wrk.format("POST", "/v1/bookings/quote", headers, quote_body)
end

local function header(headers, name)
  for k, v in pairs(headers) do
    if string.lower(k) == name then return v end
  end
  return nil
end

function response(status, headers, body)
  responses = responses + 1
  local rid = header(headers, "x-request-id") or ""
  local kind = rid:match("^(%a+)%-") or "unknown"
  local key = kind .. " " .. status
  by_kind[key] = (by_kind[key] or 0) + 1
  if EXPECTED[kind] ~= status then
    unexpected = unexpected + 1
    if #samples < 10 then table.insert(samples, key .. " " .. rid) end
  elseif status >= 400 then
    expected_4xx = expected_4xx + 1
  end
  if kind == "login" and status == 200 then
    local fresh = body:match('"accessToken"%s*:%s*"([^"]+)"')
    if fresh then
      token = fresh
      logins = logins + 1
    end
  elseif kind == "version" and status == 200 then
    local color = body:match('"color"%s*:%s*"(%a+)"')
    if color then colors[color] = (colors[color] or 0) + 1 end
  end
end

local function json(value)
  if type(value) == "table" then
    local parts = {}
    if #value > 0 then
      for _, v in ipairs(value) do table.insert(parts, json(v)) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    for k, v in pairs(value) do table.insert(parts, json(tostring(k)) .. ":" .. json(v)) end
    return "{" .. table.concat(parts, ",") .. "}"
  elseif type(value) == "string" then
    return '"' .. value:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
  end
  return tostring(value)
end

local function add(into, from)
  for k, v in pairs(from or {}) do into[k] = (into[k] or 0) + v end
end

function done(summary, latency, requests)
  local out = { sent = 0, responses = 0, unexpected = 0, expected_4xx = 0, logins = 0,
                by_kind = {}, served_by = {}, unexpected_samples = {} }
  for _, t in ipairs(threads) do
    for _, name in ipairs({ "sent", "responses", "unexpected", "expected_4xx", "logins" }) do
      out[name] = out[name] + (t:get(name) or 0)
    end
    add(out.by_kind, t:get("by_kind"))
    add(out.served_by, t:get("colors"))
    for _, s in ipairs(t:get("samples") or {}) do table.insert(out.unexpected_samples, s) end
  end
  out.wrk_requests = summary.requests
  out.duration_s = summary.duration / 1e6
  out.errors = { connect = summary.errors.connect, read = summary.errors.read, write = summary.errors.write,
                 status = summary.errors.status, timeout = summary.errors.timeout }
  out.latency_p99_ms = latency:percentile(99) / 1000
  out.latency_max_ms = latency.max / 1000
  local path = os.getenv("WRK_SUMMARY")
  if path then
    local f = assert(io.open(path, "w"))
    f:write(json(out), "\n")
    f:close()
  end
end
