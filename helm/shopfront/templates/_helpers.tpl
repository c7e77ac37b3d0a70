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

{{/* The Secret holding the admin token and managed data stores' passwords. */}}
{{- define "shopfront.secretName" -}}
{{- default (printf "%s-secrets" (include "shopfront.fullname" .)) .Values.secrets.existingSecret }}
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
{{- end }}

{{/*
Secret variables of an app, as env entries with secretKeyRef. A bundled data store's password is
read from that chart's Secret (its auth.existingSecret when set). Call with (dict "root" $ "app" "gateway").
*/}}
{{- define "shopfront.secretEnv" -}}
{{- $root := .root }}
{{- $own := include "shopfront.secretName" $root }}
{{- if eq .app "product-service" }}
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ ternary (default (printf "%s-postgresql" $root.Release.Name) $root.Values.postgresql.auth.existingSecret) $own $root.Values.postgresql.enabled }}
      key: {{ ternary "password" "postgresql-password" $root.Values.postgresql.enabled }}
{{- else if eq .app "payment-service" }}
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ ternary (default (printf "%s-mariadb" $root.Release.Name) $root.Values.mariadb.auth.existingSecret) $own $root.Values.mariadb.enabled }}
      key: mariadb-password
{{- else if eq .app "notification-service" }}
- name: DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $own }}
      key: notification-db-password
{{- else }}
- name: REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ ternary (default (printf "%s-redis" $root.Release.Name) $root.Values.redis.auth.existingSecret) $own $root.Values.redis.enabled }}
      key: redis-password
{{- end }}
{{- if eq .app "gateway" }}
- name: ADMIN_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ $own }}
      key: admin-token
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
