FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /app
COPY cartservice.csproj ./
RUN dotnet restore cartservice.csproj
COPY . .
RUN dotnet publish cartservice.csproj -c Release -o /out

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /out .
ENTRYPOINT ["dotnet", "cartservice.dll"]
