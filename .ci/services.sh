# Starts the local services the suites need, when they are not running yet.

ensure_mariadb() {
  if ! mariadb-admin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
    if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
      echo "MariaDB is not installed and not reachable on 127.0.0.1:3306" >&2
      return 1
    fi
    echo "starting MariaDB"
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
    for _ in $(seq 1 60); do
      mariadb-admin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null 2>&1 && break
      mariadb-admin ping >/dev/null 2>&1 && break
      sleep 1
    done
  fi
  if ! mariadb --protocol=tcp -h127.0.0.1 -uroot -e 'SELECT 1' >/dev/null 2>&1; then
    # Root over TCP may need a password plugin (Debian's default is unix_socket only).
    mariadb -e "ALTER USER root@localhost IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('')" || true
  fi
  mariadb --protocol=tcp -h127.0.0.1 -uroot -e 'CREATE DATABASE IF NOT EXISTS test' || {
    echo "MariaDB cannot be reached on 127.0.0.1:3306" >&2
    return 1
  }
  echo "MariaDB is up: $(mariadb --protocol=tcp -h127.0.0.1 -uroot -N -e 'SELECT VERSION()')"
}

ensure_redis() {
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    command -v redis-server >/dev/null 2>&1 || { echo "Redis is not installed and not reachable on 127.0.0.1:6379" >&2; return 1; }
    echo "starting Redis"
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
    for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done
  fi
  redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { echo "Redis cannot be reached on 127.0.0.1:6379" >&2; return 1; }
  echo "Redis is up"
}
