-- Removes every line of a basket, keeping its id and creation time.
-- KEYS[1] basket key; KEYS[2] marker of the event that asks for it, or '' for none
-- ARGV: now, ttl seconds, marker ttl seconds
-- Returns 1, or 0 when the event had cleared the basket before (nothing changed).
if KEYS[2] ~= '' then
  if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[3]) == false then
    return 0
  end
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
    if string.find(field, ':', 1, true) then
      redis.call('HDEL', KEYS[1], field)
    end
  end
  redis.call('HSET', KEYS[1], 'updated_at', ARGV[1])
  redis.call('EXPIRE', KEYS[1], ARGV[2])
end
return 1
