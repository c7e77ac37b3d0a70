-- Sets a line's quantity; 0 removes the line.
-- KEYS[1] basket key; ARGV: product id, quantity, now, ttl seconds
-- Returns 1, or 0 when the basket has no such line (nothing changed).
local pid = ARGV[1]
if redis.call('HEXISTS', KEYS[1], 'qty:' .. pid) == 0 then
  return 0
end
if tonumber(ARGV[2]) == 0 then
  redis.call('HDEL', KEYS[1], 'qty:' .. pid, 'name:' .. pid, 'price:' .. pid, 'category:' .. pid)
else
  redis.call('HSET', KEYS[1], 'qty:' .. pid, ARGV[2])
end
redis.call('HSET', KEYS[1], 'updated_at', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
