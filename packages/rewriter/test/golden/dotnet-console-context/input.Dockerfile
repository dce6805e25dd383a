FROM mcr.microsoft.com/dotnet/sdk:8.0
WORKDIR /src
COPY . .
RUN dotnet publish Worker.csproj -c Release -o /app
WORKDIR /app
ENTRYPOINT ["dotnet", "Worker.dll"]
