-- wrk: every request reads the audit history of one violation drawn at random from those in the database
-- (IDS_FILE: one violation id a line, as bench/scale.sh exports them after seeding).
dofile("bench/scale-common.lua")
local ids = {}

init = function(args)
  ids = read_lines(os.getenv("IDS_FILE"))
  math.randomseed(os.time() + math.random(1000))
end

request = function()
  return wrk.format("GET", "/api/v1/violations/" .. ids[math.random(#ids)] .. "/history")
end
