# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Invoke-WebRequest -OutFile C:\setup.exe https://example.com/setup.exe; `
    Start-Process C:\setup.exe -Wait; `
    Remove-Item C:\setup.exe
WORKDIR C:\app
COPY . .
CMD ["app.exe"]
