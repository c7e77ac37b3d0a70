-- Adds units of a product to a basket hash, atomically, within the line cap that the domain
-- decided (CatalogProduct.lineCap): the script only applies it.
-- KEYS[1] basket key; ARGV: product id, units, line cap, name, price, category, now, ttl seconds, new basket id
-- Returns the line's new quantity, or -(current quantity) - 1 when the line would exceed the cap (nothing changed).
local pid = ARGV[1]
local units = tonumber(ARGV[2])
local current = tonumber(redis.call('HGET', KEYS[1], 'qty:' .. pid) or '0')
if current + units > tonumber(ARGV[3]) then
  return -current - 1
end
redis.call('HSET', KEYS[1], 'qty:' .. pid, current + units, 'name:' .. pid, ARGV[4], 'price:' .. pid, ARGV[5],
  'category:' .. pid, ARGV[6], 'updated_at', ARGV[7])
redis.call('HSETNX', KEYS[1], 'created_at', ARGV[7])
redis.call('HSETNX', KEYS[1], 'id', ARGV[9])
redis.call('EXPIRE', KEYS[1], ARGV[8])
return current + units
