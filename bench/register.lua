-- wrk: every request registers a new violation (a car on the sidewalk, plate in Persian spelling).
local digits = {"۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"}
local counter = 0

local function persian(number, width)
  local text = string.format("%0" .. width .. "d", number)
  return (text:gsub("%d", function(d) return digits[tonumber(d) + 1] end))
end

request = function()
  counter = counter + 1
  local plate = persian(10 + counter % 90, 2) .. " ب " .. persian(100 + counter % 900, 3) .. " ایران " .. persian(10 + counter % 89, 2)
  local body = '{"plate":"' .. plate .. '","vehicleClass":"CAR","violationType":"SIDEWALK_PARKING",'
    .. '"districtCode":"BNC01","location":{"lat":38.0792,"lon":46.2887,"address":"Imam St"},'
    .. '"observedAt":"2026-01-01T10:00:00+03:30"}'
  return wrk.format("POST", "/api/v1/violations", nil, body)
end
