-- Creates an empty basket. KEYS[1] basket key; ARGV: new basket id, now, ttl seconds
-- Returns 1, or 0 when the basket exists (nothing changed).
if redis.call('HSETNX', KEYS[1], 'id', ARGV[1]) == 0 then
  return 0
end
redis.call('HSET', KEYS[1], 'created_at', ARGV[2], 'updated_at', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
