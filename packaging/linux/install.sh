#!/bin/sh
# Install the library terminal on a Debian machine from a build made by
# packaging/build.sh, as a service that starts full screen at boot.
#
#   sudo packaging/linux/install.sh dist/kiosk-0.1.0-linux-x86_64.tar.gz
#   packaging/linux/install.sh --root /tmp/stage dist/kiosk     # into a staging root
#
# Options:
#   --root DIR    install under DIR (no user, no packages, no systemctl, no chown)
#   --no-apt      do not install the Debian packages the session needs
#   --no-start    enable the service but do not start it now
#
# Run again with a newer build to update: the build goes beside the others and
# kiosk-update switches to it with a health check (see the admin guide).
set -eu

ROOT=""
APT=1
START=1
while [ $# -gt 1 ]; do
    case "$1" in
        --root) ROOT=$(realpath -m "$2"); shift 2 ;;
        --no-apt) APT=0; shift ;;
        --no-start) START=0; shift ;;
        *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
[ $# -eq 1 ] || { sed -n '2,15p' "$0" >&2; exit 2; }
BUILD=$(realpath "$1")
HERE=$(dirname "$(realpath "$0")")
DOCS="$HERE/../../docs/admin-guide.md"

if [ -z "$ROOT" ] && [ "$(id -u)" != 0 ]; then
    echo "install.sh: run as root (or with --root DIR to stage the files)" >&2
    exit 1
fi
say() { printf '%s\n' "install: $*"; }

# -- packages and the user (only on the real system) ---------------------------------
if [ -z "$ROOT" ]; then
    if [ "$APT" = 1 ]; then
        say "Debian packages: cage, Wayland libraries, python3, pcscd, speech-dispatcher"
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
            cage xwayland libwayland-cursor0 libwayland-egl1 python3 pcscd dbus \
            speech-dispatcher espeak-ng
    fi
    if ! id kiosk >/dev/null 2>&1; then
        say "user kiosk (system user, no login shell, home /var/lib/kiosk)"
        useradd --system --user-group --home-dir /var/lib/kiosk --no-create-home \
            --shell /usr/sbin/nologin --comment "library terminal" kiosk
    fi
    for group in video render input audio dialout; do
        getent group "$group" >/dev/null && usermod -a -G "$group" kiosk
    done
fi

# -- files ---------------------------------------------------------------------------
OPT="$ROOT/opt/kiosk"
install -d -m 0755 "$OPT" "$OPT/bin" "$OPT/versions" "$OPT/share"
install -m 0755 "$HERE/kiosk-update" "$HERE/kiosk-session" "$OPT/bin/"
[ -f "$DOCS" ] && install -m 0644 "$DOCS" "$OPT/share/admin-guide.md"
install -d -m 0755 "$ROOT/usr/local/bin"
install -m 0755 "$HERE/kiosk-cli" "$ROOT/usr/local/bin/kiosk"

# configuration: root writes it, the service reads it, nobody else sees it
install -d -m 0750 "$ROOT/etc/kiosk"
for f in kiosk.toml session.env; do
    [ -e "$ROOT/etc/kiosk/$f" ] || install -m 0640 "$HERE/$f" "$ROOT/etc/kiosk/$f"
done
# data: the replica, the outbox, the device token, logs; the service's alone
install -d -m 0700 "$ROOT/var/lib/kiosk"
if [ -z "$ROOT" ]; then
    chown root:kiosk /etc/kiosk /etc/kiosk/kiosk.toml /etc/kiosk/session.env
    chown kiosk:kiosk /var/lib/kiosk
fi

# USB receipt printers: the kiosk group may open them (escpos:usb:VID:PID)
install -D -m 0644 "$HERE/60-kiosk-printer.rules" "$ROOT/etc/udev/rules.d/60-kiosk-printer.rules"

UNITS="$ROOT/etc/systemd/system"
install -d -m 0755 "$UNITS"
for unit in kiosk.service kiosk-rollback.service kiosk-restart.service kiosk-restart.timer; do
    install -m 0644 "$HERE/$unit" "$UNITS/$unit"
done
SYSTEMD_VERSION=$(systemctl --version 2>/dev/null | awk 'NR==1 {print $2}')
if [ "${SYSTEMD_VERSION:-0}" -ge 254 ]; then
    install -d -m 0755 "$UNITS/kiosk.service.d"
    install -m 0644 "$HERE/kiosk-backoff.conf" "$UNITS/kiosk.service.d/backoff.conf"
else
    say "systemd ${SYSTEMD_VERSION:-?} < 254: restarts every 3 s, no growing backoff"
fi

# -- the build ---------------------------------------------------------------------
UPDATE="$OPT/bin/kiosk-update --root $OPT --state $ROOT/var/lib/kiosk/update --data $ROOT/var/lib/kiosk"
if [ -n "$ROOT" ] || [ ! -d /run/systemd/system ]; then
    UPDATE="$UPDATE --probe none"
fi
if [ -L "$OPT/current" ]; then
    say "updating the running installation"
    # shellcheck disable=SC2086
    $UPDATE update "$BUILD"
    exit $?
fi
# shellcheck disable=SC2086
VERSION=$($UPDATE install "$BUILD" | sed -n 's/^installed: version=//p')
# shellcheck disable=SC2086
$UPDATE --probe none switch "$VERSION"

# -- the service ------------------------------------------------------------------------
if [ -z "$ROOT" ] && [ -d /run/systemd/system ]; then
    systemctl daemon-reload
    systemctl enable kiosk.service kiosk-restart.timer
    systemctl set-default graphical.target
    if [ "$START" = 1 ]; then
        systemctl restart kiosk.service
        say "started: systemctl status kiosk; journalctl -u kiosk -f"
    fi
else
    say "not started here (no systemd running${ROOT:+, staged in $ROOT})"
fi
say "installed $VERSION in $OPT; next: sudo kiosk enrol --central URL --code CODE"
