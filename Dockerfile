# syntax=docker/dockerfile:1

# --- build: compile TypeScript and the web UI with the full toolchain -----------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY ui ./ui
RUN npm run build && npm prune --omit=dev --ignore-scripts

# --- runtime: production dependencies and the compiled output only ------------------------------
FROM node:24-bookworm-slim
# The container starts from environment variables alone: PHOENIX_REPO (required), PHOENIX_BRANCH, PHOENIX_PATH,
# PHOENIX_AUTO_APPLY, PHOENIX_LISTEN, the OV_* connection and the secrets (see docs/reference/environment.md).
ENV NODE_ENV=production \
    PHOENIX_STATE_DIR=/var/lib/phoenix \
    PHOENIX_LISTEN=0.0.0.0:8080
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
# dist/ui holds the dashboard's static files, served under /ui/.
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schemas ./schemas
COPY example-repo ./example-repo
# genisoimage builds the per-node answer volumes of virtual-media installs.
RUN apt-get update && apt-get install -y --no-install-recommends genisoimage && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /var/lib/phoenix && chown node:node /var/lib/phoenix
USER node
VOLUME ["/var/lib/phoenix"]
EXPOSE 8080
# The health check asks the address PHOENIX_LISTEN names (a wildcard address is asked on loopback).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "dist/cli/main.js", "healthcheck"]
# SIGTERM stops `phoenix sync` gracefully: running OneView tasks finish (up to --shutdown-timeout, 5m by default),
# so give the container a longer grace period (docker stop -t 330, Kubernetes terminationGracePeriodSeconds: 330).
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "dist/cli/main.js"]
CMD ["sync"]
