-- wrk: every request reads one of the bare application's rows listed in ITEMS_FILE (one id per line), the yardstick
-- for fee quotes.
local ids = {}

init = function(args)
  for line in io.lines(os.getenv("ITEMS_FILE")) do
    if line ~= "" then ids[#ids + 1] = line end
  end
  math.randomseed(os.time() + math.random(1000))
end

request = function()
  return wrk.format("GET", "/items/" .. ids[math.random(#ids)])
end
