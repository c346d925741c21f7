# Sourced by the benchmarks: starts nginx serving the files of "$work/www" on 127.0.0.1:$nginx_port,
# with a configuration of its own in "$work/nginx" (no system files touched), and waits until it
# serves "$work/www/page0.html".
# Needs: $work, $nginx_port, nginx (Debian "nginx-light"). Sets: $nginx_pid.
start_nginx() {
    mkdir -p "$work/www" "$work/nginx"
    chmod 755 "$work" "$work/www" # nginx's workers may run as another user
    cat > "$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx;
    proxy_temp_path $work/nginx;
    fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx;
    scgi_temp_path $work/nginx;
    types { text/html html; image/svg+xml svg; }
    default_type "text/html; charset=UTF-8";
    charset utf-8;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
    }
}
EOF
    local nginx_bin
    nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
    "$nginx_bin" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
    nginx_pid=$!
    for _ in $(seq 1 100); do
        curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/page0.html" && return 0
        sleep 0.1
    done
    echo "nginx does not serve the pages:" >&2
    cat "$work/nginx/error.log" >&2
    exit 1
}
