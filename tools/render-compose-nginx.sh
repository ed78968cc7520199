#!/usr/bin/env bash
# Render docker/nginx/nginx.conf from the Ansible nginx template (upstream = the compose app service;
# one colour, so no run-time switch: the official nginx image has no Lua module).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cat > /tmp/compose-nginx-inv.yml <<'YAML'
all:
  vars: {ansible_connection: local, ansible_python_interpreter: /usr/bin/python3}
  children:
    app_blue: {hosts: {app: {liberty_app_address: app, liberty_app_http_port: 4100}}}
    app_green: {hosts: {}}
YAML
cd "$REPO/ansible"
/usr/bin/ansible localhost -i /tmp/compose-nginx-inv.yml -m ansible.builtin.template \
  -a "src=roles/nginx/templates/nginx.conf.j2 dest=$REPO/docker/nginx/nginx.conf mode=0644" \
  -e nginx_effective_live_color=blue -e nginx_user=nginx -e nginx_worker_processes=auto -e nginx_worker_connections=1024 \
  -e nginx_pid_file=/var/run/nginx.pid -e nginx_log_dir=/var/log/nginx -e nginx_http_port=80 -e nginx_https_port=443 \
  -e nginx_server_name=localhost -e nginx_tls_certificate=/etc/nginx/certs/tripavail.crt \
  -e nginx_tls_certificate_key=/etc/nginx/certs/tripavail.key -e nginx_hsts_max_age=31536000 \
  -e nginx_client_max_body_size=2m -e nginx_rate_limit_rps=20 -e nginx_rate_limit_burst=40 \
  -e nginx_upstream_keepalive=32 -e nginx_upstream_max_fails=1 -e nginx_upstream_fail_timeout=5s \
  -e nginx_proxy_connect_timeout=2s -e nginx_proxy_read_timeout=30s -e nginx_upstream_keepalive_timeout=20s \
  -e nginx_status_port=0 -e nginx_runtime_switch=false >/dev/null
rm -f /tmp/compose-nginx-inv.yml
echo "rendered docker/nginx/nginx.conf"
