-- wrk: every request inserts one row into the bare application (bench/bare), the yardstick for registration.
local counter = 0

request = function()
  counter = counter + 1
  local body = '{"plate":"' .. (10 + counter % 90) .. 'B' .. (100 + counter % 900) .. '-' .. (10 + counter % 89) .. '",'
    .. '"note":"Imam St, on the sidewalk"}'
  return wrk.format("POST", "/items", nil, body)
end
