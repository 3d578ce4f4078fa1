-- wrk: every request asks for the first page (50, newest first) of one district's violations in one calendar month,
-- district and month drawn at random (MONTHS_FILE: "from to" a line, ISO-8601 with offset, as bench/scale.sh writes it).
dofile("bench/scale-common.lua")
local months = {}

init = function(args)
  for _, line in ipairs(read_lines(os.getenv("MONTHS_FILE"))) do
    local from, to = line:match("^(%S+)%s+(%S+)$")
    months[#months + 1] = "&from=" .. url_encode(from) .. "&to=" .. url_encode(to)
  end
  math.randomseed(os.time() + math.random(1000))
end

request = function()
  local district = string.format("TBZ%02d", math.random(10))
  return wrk.format("GET", "/api/v1/violations?districtCode=" .. district .. months[math.random(#months)] .. "&limit=50")
end
