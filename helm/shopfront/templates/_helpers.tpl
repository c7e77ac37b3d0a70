{{/* Chart name, truncated to the 63 characters Kubernetes names allow. */}}
{{- define "shopfront.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-qualified name: the release name alone when it already contains the chart name. */}}
{{- define "shopfront.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else if contains (include "shopfront.name" .) .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name (include "shopfront.name" .) | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{/* Name of one app's objects. Call with (dict "root" $ "app" "gateway"). */}}
{{- define "shopfront.appName" -}}
{{- printf "%s-%s" (include "shopfront.fullname" .root) .app | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels on every object; the chart-wide objects add the instance, the apps' the selector labels. */}}
{{- define "shopfront.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: {{ include "shopfront.name" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "shopfront.labels" -}}
{{ include "shopfront.commonLabels" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Labels that select one app's pods. Call with (dict "root" $ "app" "gateway"). */}}
{{- define "shopfront.selectorLabels" -}}
app.kubernetes.io/name: {{ .app }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .app }}
{{- end }}

{{- define "shopfront.appLabels" -}}
{{ include "shopfront.commonLabels" .root }}
{{ include "shopfront.selectorLabels" . }}
{{- end }}

{{- define "shopfront.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "shopfront.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "shopfront.image" -}}
{{- printf "%s/%s/%s:%s" .root.Values.image.registry .root.Values.image.repository .app (default .root.Chart.AppVersion .root.Values.image.tag) }}
{{- end }}

{{/* The apps' own Secret, created before the install (README.md: "Secrets"). */}}
{{- define "shopfront.secretName" -}}
{{- required "secrets.existingSecret: create the apps' Secret first (README.md of the chart)" .Values.secrets.existingSecret }}
{{- end }}

{{/*
Data store endpoints: the bundled chart's Service when it is enabled, the managed endpoint
otherwise. Bitnami names its Services <release>-<chart> (Redis: <release>-redis-master).
*/}}
{{- define "shopfront.postgresql.host" -}}
{{- if .Values.postgresql.enabled }}{{ printf "%s-postgresql" .Release.Name }}{{ else }}{{ required "external.postgresql.host is required when postgresql.enabled=false" .Values.external.postgresql.host }}{{ end }}
{{- end }}
{{- define "shopfront.mariadb.host" -}}
{{- if .Values.mariadb.enabled }}{{ printf "%s-mariadb" .Release.Name }}{{ else }}{{ required "external.mariadb.host is required when mariadb.enabled=false" .Values.external.mariadb.host }}{{ end }}
{{- end }}
{{- define "shopfront.redis.host" -}}
{{- if .Values.redis.enabled }}{{ printf "%s-redis-master" .Release.Name }}{{ else }}{{ required "external.redis.host is required when redis.enabled=false" .Values.external.redis.host }}{{ end }}
{{- end }}
{{- define "shopfront.kafka.bootstrapServers" -}}
{{- if .Values.kafka.enabled }}{{ printf "%s-kafka:9092" .Release.Name }}{{ else }}{{ required "external.kafka.bootstrapServers is required when kafka.enabled=false" .Values.external.kafka.bootstrapServers }}{{ end }}
{{- end }}

{{/* The flows of one app (see shopfront.flows): its data stores and the apps it calls. */}}
{{- define "shopfront.appFlows" -}}
{{- toYaml (index (include "shopfront.flows" .root | fromYaml) .app | default dict) }}
{{- end }}

{{/* "true" when the app serves gRPC or calls another app over gRPC. */}}
{{- define "shopfront.usesGrpc" -}}
{{- $flows := include "shopfront.appFlows" . | fromYaml }}
{{- $calls := values ($flows.apps | default dict) }}
{{- if or (index .root.Values.apps .app).ports.grpc (has "grpc" $calls) }}true{{ end }}
{{- end }}

{{/* The gRPC address (host:port) and HTTP URL of an app, as its peers call it. */}}
{{- define "shopfront.grpcAddress" -}}
{{- printf "%s:%v" (include "shopfront.appName" .) (index .root.Values.apps .app).ports.grpc }}
{{- end }}
{{- define "shopfront.httpUrl" -}}
{{- printf "http://%s:%v" (include "shopfront.appName" .) (index .root.Values.apps .app).ports.http }}
{{- end }}

{{/*
Connection settings of an app: where its data store, Kafka and peers are. The same variables
docker-compose.yml sets; everything else keeps the application.yml default unless apps.<app>.env
sets it. Call with (dict "root" $ "app" "gateway").
*/}}
{{- define "shopfront.connectionEnv" -}}
{{- $root := .root }}
{{- $ports := (index $root.Values.apps .app).ports }}
PORT: {{ $ports.http | quote }}
{{- if $ports.grpc }}
GRPC_PORT: {{ $ports.grpc | quote }}
{{- end }}
{{- if eq .app "product-service" }}
DB_HOST: {{ include "shopfront.postgresql.host" $root | quote }}
DB_PORT: {{ ternary 5432 $root.Values.external.postgresql.port $root.Values.postgresql.enabled | quote }}
DB_USER: {{ ternary $root.Values.postgresql.auth.username $root.Values.external.postgresql.username $root.Values.postgresql.enabled | quote }}
DB_NAME: {{ ternary $root.Values.postgresql.auth.database $root.Values.external.postgresql.database $root.Values.postgresql.enabled | quote }}
KAFKA_BOOTSTRAP_SERVERS: {{ include "shopfront.kafka.bootstrapServers" $root | quote }}
{{- else if eq .app "basket-service" }}
REDIS_HOST: {{ include "shopfront.redis.host" $root | quote }}
REDIS_PORT: {{ ternary 6379 $root.Values.external.redis.port $root.Values.redis.enabled | quote }}
PRODUCT_SERVICE_URL: {{ include "shopfront.grpcAddress" (dict "root" $root "app" "product-service") | quote }}
KAFKA_BOOTSTRAP_SERVERS: {{ include "shopfront.kafka.bootstrapServers" $root | quote }}
{{- else if eq .app "payment-service" }}
DB_HOST: {{ include "shopfront.mariadb.host" $root | quote }}
DB_PORT: {{ ternary 3306 $root.Values.external.mariadb.port $root.Values.mariadb.enabled | quote }}
DB_USER: {{ ternary $root.Values.mariadb.auth.username $root.Values.external.mariadb.username $root.Values.mariadb.enabled | quote }}
DB_NAME: {{ ternary $root.Values.mariadb.auth.database $root.Values.external.mariadb.database $root.Values.mariadb.enabled | quote }}
BASKET_SERVICE_URL: {{ include "shopfront.grpcAddress" (dict "root" $root "app" "basket-service") | quote }}
PRODUCT_SERVICE_URL: {{ include "shopfront.grpcAddress" (dict "root" $root "app" "product-service") | quote }}
KAFKA_BOOTSTRAP_SERVERS: {{ include "shopfront.kafka.bootstrapServers" $root | quote }}
{{- else if eq .app "notification-service" }}
DB_HOST: {{ include "shopfront.postgresql.host" $root | quote }}
DB_PORT: {{ ternary 5432 $root.Values.external.postgresql.port $root.Values.postgresql.enabled | quote }}
DB_USER: {{ $root.Values.external.postgresql.notification.username | quote }}
DB_NAME: {{ $root.Values.external.postgresql.notification.database | quote }}
KAFKA_BOOTSTRAP_SERVERS: {{ include "shopfront.kafka.bootstrapServers" $root | quote }}
{{- else if eq .app "gateway" }}
REDIS_HOST: {{ include "shopfront.redis.host" $root | quote }}
REDIS_PORT: {{ ternary 6379 $root.Values.external.redis.port $root.Values.redis.enabled | quote }}
PRODUCT_SERVICE_URLS: {{ include "shopfront.httpUrl" (dict "root" $root "app" "product-service") | quote }}
BASKET_SERVICE_URLS: {{ include "shopfront.httpUrl" (dict "root" $root "app" "basket-service") | quote }}
PAYMENT_SERVICE_URLS: {{ include "shopfront.httpUrl" (dict "root" $root "app" "payment-service") | quote }}
NOTIFICATION_SERVICE_URLS: {{ include "shopfront.httpUrl" (dict "root" $root "app" "notification-service") | quote }}
{{- end }}
{{- with include "shopfront.otlpEndpoint" $root }}
OTEL_EXPORTER_OTLP_ENDPOINT: {{ . | quote }}
{{- end }}
{{- include "shopfront.securityEnv" . }}
{{- end }}

{{/*
Where the apps export spans: the release's Jaeger when it runs one, else tracing.otlpEndpoint
(empty: nowhere).
*/}}
{{- define "shopfront.otlpEndpoint" -}}
{{- if .Values.tracing.jaeger.enabled -}}
http://{{ include "shopfront.fullname" . }}-jaeger:4318
{{- else -}}
{{ .Values.tracing.otlpEndpoint }}
{{- end -}}
{{- end }}

{{/*
Security settings of an app, by what it talks to: TLS to each managed data store (Terraform
requires it; the bundled ones are reached inside the cluster), Kafka's SASL login, gRPC
reflection off. Call with (dict "root" $ "app" "gateway").
*/}}
{{- define "shopfront.securityEnv" -}}
{{- $root := .root }}
{{- $flows := include "shopfront.appFlows" . | fromYaml }}
{{- $stores := $flows.stores | default list }}
{{- if has "postgresql" $stores }}
DB_SSL_MODE: {{ ternary "disable" $root.Values.external.postgresql.sslMode $root.Values.postgresql.enabled | quote }}
{{- else if has "mariadb" $stores }}
DB_SSL_MODE: {{ ternary "disable" $root.Values.external.mariadb.sslMode $root.Values.mariadb.enabled | quote }}
{{- end }}
{{- if has "redis" $stores }}
REDIS_SSL: {{ ternary false $root.Values.external.redis.ssl $root.Values.redis.enabled | quote }}
{{- end }}
{{- if has "kafka" $stores }}
KAFKA_SECURITY_PROTOCOL: {{ ternary $root.Values.kafka.listeners.client.protocol $root.Values.external.kafka.securityProtocol $root.Values.kafka.enabled | quote }}
KAFKA_SASL_MECHANISM: {{ ternary "SCRAM-SHA-512" $root.Values.external.kafka.saslMechanism $root.Values.kafka.enabled | quote }}
KAFKA_SASL_USERNAME: {{ .app | quote }}
{{- end }}
{{- if (index $root.Values.apps .app).ports.grpc }}
GRPC_REFLECTION_ENABLED: "false"
{{- end }}
{{- end }}

{{/*
Secret variables of an app, as env entries with secretKeyRef, by what it talks to. A bundled data
store's password is read from that chart's Secret (its auth.existingSecret), a managed one's from
the apps' own Secret. Call with (dict "root" $ "app" "gateway").
*/}}
{{- define "shopfront.secretEnv" -}}
{{- $root := .root }}
{{- $own := include "shopfront.secretName" $root }}
{{- $flows := include "shopfront.appFlows" . | fromYaml }}
{{- $stores := $flows.stores | default list }}
{{- if has "postgresql" $stores }}
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef:
{{- if eq .app "notification-service" }}
{{- /* Its own user on the shared PostgreSQL, bundled or managed: the Bitnami chart knows only product's. */}}
      name: {{ $own }}
      key: notification-db-password
{{- else }}
      name: {{ if $root.Values.postgresql.enabled }}{{ required "postgresql.auth.existingSecret is required" $root.Values.postgresql.auth.existingSecret }}{{ else }}{{ $own }}{{ end }}
      key: {{ ternary "password" "postgresql-password" $root.Values.postgresql.enabled }}
{{- end }}
{{- end }}
{{- if has "mariadb" $stores }}
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ if $root.Values.mariadb.enabled }}{{ required "mariadb.auth.existingSecret is required" $root.Values.mariadb.auth.existingSecret }}{{ else }}{{ $own }}{{ end }}
      key: mariadb-password
{{- end }}
{{- if has "redis" $stores }}
- name: REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ if $root.Values.redis.enabled }}{{ required "redis.auth.existingSecret is required" $root.Values.redis.auth.existingSecret }}{{ else }}{{ $own }}{{ end }}
      key: redis-password
{{- end }}
{{- if has "kafka" $stores }}
- name: KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $own }}
      key: {{ printf "kafka-password-%s" .app }}
{{- end }}
{{- if include "shopfront.usesGrpc" . }}
- name: GRPC_AUTH_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ $own }}
      key: grpc-auth-token
{{- end }}
{{- if eq .app "gateway" }}
- name: ADMIN_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ $own }}
      key: admin-token
# API keys are optional: without them every client is limited by its address.
- name: API_KEYS
  valueFrom:
    secretKeyRef:
      name: {{ $own }}
      key: api-keys
      optional: true
{{- end }}
{{- end }}

{{/*
A NetworkPolicy peer: one of the apps, a bundled data store's pods, or the managed data stores'
CIDR. Call with (dict "root" $ "peer" "postgresql").
*/}}
{{- define "shopfront.peer" -}}
{{- $root := .root }}
{{- if hasKey $root.Values.apps .peer }}
- podSelector:
    matchLabels:
      {{- include "shopfront.selectorLabels" (dict "root" $root "app" .peer) | nindent 6 }}
{{- else if (index $root.Values .peer).enabled }}
- podSelector:
    matchLabels:
      app.kubernetes.io/name: {{ .peer }}
      app.kubernetes.io/instance: {{ $root.Release.Name }}
{{- else }}
- ipBlock:
    cidr: {{ $root.Values.networkPolicy.externalDataStoreCidr }}
{{- end }}
{{- end }}

{{/*
The real flows: which app calls which app (on which named port) and which data stores. The
NetworkPolicies allow these and nothing else (plus DNS, the ingress controller to the gateway
and Prometheus to every app's http port).
*/}}
{{- define "shopfront.flows" -}}
gateway:
  apps:
    product-service: http
    basket-service: http
    payment-service: http
    notification-service: http
  stores: [redis]
product-service:
  stores: [postgresql, kafka]
basket-service:
  apps:
    product-service: grpc
  stores: [redis, kafka]
payment-service:
  apps:
    basket-service: grpc
    product-service: grpc
  stores: [mariadb, kafka]
notification-service:
  stores: [postgresql, kafka]
{{- end }}
