# Build the Windows installer of CARE Desktop: PyInstaller bundle, a smoke test of it, then Inno
# Setup. Run from anywhere in PowerShell 5.1 or 7, on Windows x64, with Python 3.11 and Inno
# Setup 6.3 or later installed:
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 -Python C:\Python311\python.exe
#
# Output: dist\care-desktop-<version>-windows-x64-setup.exe (the version is read from
# care_desktop/__init__.py and passed to ISCC as /DAppVersion, never typed by hand).
# Not run in this project's CI (which is Linux): docs/INSTALL.md says so.
[CmdletBinding()]
param(
    # A Python 3.11 where `pip install -e .[dist]` has been run (the application and PyInstaller);
    # default: the checkout's .venv.
    [string]$Python = "",
    # ISCC.exe; default: found in the usual places of a per-machine or per-user Inno Setup 6.
    [string]$Iscc = "",
    # Build the bundle only (no installer), e.g. to try it.
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root

function Invoke-Checked([string]$Program, [string[]]$Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Program $($Arguments -join ' ') failed with exit code $LASTEXITCODE"
    }
}

if (-not $Python) { $Python = Join-Path $Root ".venv\Scripts\python.exe" }
if (-not (Test-Path $Python)) {
    throw "No Python at ${Python}: create .venv (py -3.11 -m venv .venv; .venv\Scripts\pip install -e .[dist]) or pass -Python"
}

$Version = (& $Python -c "import care_desktop; print(care_desktop.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read care_desktop.__version__" }
Write-Host "CARE Desktop $Version"

# 0. The build facts the About dialog shows (as `make dist` writes them; git ignores the file).
$Commit = "unknown"
try { $Commit = (git -C $Root rev-parse --short HEAD 2>$null | Out-String).Trim() } catch { }
if (-not $Commit) { $Commit = "unknown" }
$BuildJson = & $Python -c "import datetime, json, platform, sys; print(json.dumps({'commit': sys.argv[1], 'date': datetime.datetime.now(datetime.UTC).strftime('%Y-%m-%dT%H:%M:%SZ'), 'platform': f'{sys.platform}-{platform.machine()}'}))" $Commit
if ($LASTEXITCODE -ne 0) { throw "could not write the build facts" }
# not `>`: Windows PowerShell would write UTF-16
[System.IO.File]::WriteAllText((Join-Path $Root "resources\build.json"), "$BuildJson`n")

# 1. The bundle: dist\CARE-Desktop\ with care-desktop.exe (GUI) and care.exe (CLI).
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "installers\care.spec")
$Bundle = Join-Path $Root "dist\CARE-Desktop"
foreach ($exe in @("care-desktop.exe", "care.exe")) {
    if (-not (Test-Path (Join-Path $Bundle $exe))) { throw "the bundle has no $exe" }
}

# 2. The frozen programs start: the CLI reports the same version, and the GUI passes its smoke
# test (demo database, main window, a printed case sheet) without a screen.
$Reported = (& (Join-Path $Bundle "care.exe") --version | Out-String).Trim()
if ($LASTEXITCODE -ne 0 -or -not $Reported.EndsWith($Version)) {
    throw "care.exe --version said '$Reported', expected $Version"
}
$env:QT_QPA_PLATFORM = "offscreen"
$Smoke = Start-Process -FilePath (Join-Path $Bundle "care-desktop.exe") -ArgumentList "--smoke-test" `
    -Wait -PassThru -NoNewWindow
Remove-Item Env:\QT_QPA_PLATFORM
if ($Smoke.ExitCode -ne 0) { throw "care-desktop.exe --smoke-test failed ($($Smoke.ExitCode))" }

if ($NoInstaller) { Write-Host "Bundle in $Bundle"; exit 0 }

# 3. The installer.
if (-not $Iscc) {
    $Candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $Iscc = $Candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    if (-not $Iscc) { throw "Inno Setup 6 not found: install it (https://jrsoftware.org) or pass -Iscc" }
}
Invoke-Checked $Iscc @("/Qp", "/DAppVersion=$Version", "/DBundleDir=$Bundle",
    "installers\windows\care-desktop.iss")
$Setup = Join-Path $Root "dist\care-desktop-$Version-windows-x64-setup.exe"
if (-not (Test-Path $Setup)) { throw "ISCC did not write $Setup" }
Write-Host "Installer: $Setup"
