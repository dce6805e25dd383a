# frozen_string_literal: true

# A tiny JSON endpoint on the standard library's TCPServer (WEBrick left the standard library in
# Ruby 3.0). Ruby exits on SIGTERM by default, so `docker stop` ends it at once, even as PID 1.
require 'json'
require 'socket'

server = TCPServer.new('0.0.0.0', 4567)
$stdout.sync = true
puts 'listening on 4567'
loop do
  client = server.accept
  request = client.gets.to_s
  # read and drop the headers
  while (line = client.gets) && line != "\r\n"; end
  path = request.split[1]
  if path == '/health'
    body = JSON.generate(status: 'ok', app: 'ruby-app')
    client.write "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: #{body.bytesize}\r\nConnection: close\r\n\r\n#{body}"
  else
    client.write "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
  end
  client.close
end
