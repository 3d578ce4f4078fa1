-- wrk: every request looks up the violations of one plate drawn at random from those in the database
-- (PLATES_FILE: one canonical plate a line, as bench/scale.sh exports them after seeding).
dofile("bench/scale-common.lua")
local plates = {}

init = function(args)
  for _, plate in ipairs(read_lines(os.getenv("PLATES_FILE"))) do
    plates[#plates + 1] = url_encode(plate)
  end
  math.randomseed(os.time() + math.random(1000))
end

request = function()
  return wrk.format("GET", "/api/v1/violations?plate=" .. plates[math.random(#plates)])
end
