module example.com/labhttp

go 1.19
