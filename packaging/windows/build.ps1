# Builds Mandrivna for Windows: the one-folder app (dist\mandrivna, from the same
# packaging\mandrivna.spec as on Linux) and its per-user installer (dist\mandrivna-VERSION-setup.exe,
# from mandrivna.iss). Run from the repository's root in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11 or newer (python.org, with the "py" launcher) and, for the installer,
# Inno Setup 6 (jrsoftware.org; installed for this user or for everyone). No administrator rights.
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Run($program) {
    & $program @args
    if ($LASTEXITCODE -ne 0) { throw "$program $args failed ($LASTEXITCODE)" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) { Run py -3 -m venv .venv }
Run .venv\Scripts\python.exe -m pip install -q --upgrade pip
Run .venv\Scripts\python.exe -m pip install -q -e ".[gui,package]"

# The window's translations (.qm) from the Qt Linguist sources, as `make translations` does.
New-Item -ItemType Directory -Force src\mandrivna\translations | Out-Null
Get-ChildItem resources\translations\*.ts | ForEach-Object {
    Run .venv\Scripts\pyside6-lrelease.exe -silent $_.FullName -qm "src\mandrivna\translations\$($_.BaseName).qm"
}

Run .venv\Scripts\pyinstaller.exe --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\mandrivna.spec
Run dist\mandrivna\mandrivna-cli.exe --version

$version = (& .venv\Scripts\python.exe -c "import mandrivna; print(mandrivna.__version__)").Trim()
$iscc = @(
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe"
) | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) {
    Write-Host "Inno Setup 6 not found: dist\mandrivna is built, the installer is not."
    exit 0
}
Run $iscc /Qp "/DAppVersion=$version" packaging\windows\mandrivna.iss
Write-Host "Built dist\mandrivna and dist\mandrivna-$version-setup.exe"
