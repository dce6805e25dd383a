FROM mcr.microsoft.com/dotnet/sdk:9.0 AS build
WORKDIR /src
COPY Shop.Api.csproj ./
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app/publish
COPY --from=build /app/publish /app/publish/
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "ShopApi.dll"]
