-- Sliding-window log: one sorted-set member per counted hit, scored by Redis' own clock (ms), so
-- every instance agrees on time. KEYS[1] bucket; ARGV: limit, window ms, mode, unique member.
-- mode "acquire": count the hit only if under the limit; "peek": count nothing; "record": count always.
-- Returns {allowed (1/0), hits in the window, ms until the oldest hit leaves the window}.
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local mode = ARGV[3]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
local allowed = 0
if count < limit then
  allowed = 1
end
if mode == 'record' or (mode == 'acquire' and allowed == 1) then
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('PEXPIRE', key, window)
  count = count + 1
end
local reset = 0
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
if oldest[2] then
  reset = tonumber(oldest[2]) + window - now
end
return {allowed, count, reset}
