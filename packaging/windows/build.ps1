# Build the Windows release on a Windows 10/11 x64 machine: the frozen folder (PyInstaller)
# and the installer (Inno Setup). Recipe and checks: docs/windows-release.md.
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Run([string]$exe) {
    & $exe @args
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $exe $args" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) { Run py -3.11 -m venv .venv }
$python = ".venv\Scripts\python.exe"
# The same locked versions, hashes checked, as on Linux and in CI.
Run $python -m pip install -q --require-hashes -r requirements\dev.txt
Run $python -m pip install -q --no-deps --no-build-isolation -e .
Get-ChildItem translations\*.ts | ForEach-Object {
    Run .venv\Scripts\pyside6-lrelease.exe -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}
Run $python scripts\notices --check
Run .venv\Scripts\pyinstaller.exe --noconfirm --log-level WARN packaging\ogpdesk.spec
$version = (& $python -c "import ogpdesk; print(ogpdesk.__version__)").Trim()

# The console companion prints, in UTF-8, even into a redirected cp1252 console.
$shown = (& dist\ogpdesk\ogpdesk-cli.exe --version).Trim()
if ($shown -ne "ogpdesk $version") { throw "ogpdesk-cli --version said: $shown" }

$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
Run $iscc "/DAppVersion=$version" packaging\windows\ogpdesk.iss
Get-FileHash dist\ogpdesk-$version-windows-x64-setup.exe -Algorithm SHA256 |
    ForEach-Object { "$($_.Hash.ToLower())  ogpdesk-$version-windows-x64-setup.exe" } |
    Out-File -Encoding ascii -Append dist\SHA256SUMS
Write-Host "dist\ogpdesk-$version-windows-x64-setup.exe"
