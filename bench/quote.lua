-- wrk: every request asks for the fee quote of one of the impounds listed in bench/.impounds (one id per line).
local ids = {}

init = function(args)
  for line in io.lines(os.getenv("IMPOUNDS_FILE")) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time() + math.random(1000))
end

request = function()
  return wrk.format("GET", "/api/v1/impounds/" .. ids[math.random(#ids)] .. "/fees")
end
