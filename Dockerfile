# syntax=docker/dockerfile:1
# The Formlotse assistant proxy (proxy/, docs/proxy.md). Build: `docker build -t formlotse-proxy .`
# Run:  docker run -p 8787:8787 -e MISTRAL_API_KEY=… -e ALLOWED_EXTENSION_IDS=… formlotse-proxy

# Build stage: bundle proxy/ (TypeScript) into one ES module; packages stay external.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the package's postinstall prepares the browser extension build, not needed here.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY proxy ./proxy
RUN npx esbuild proxy/main.ts --bundle --platform=node --format=esm --target=node22 \
      --packages=external --outfile=dist/proxy.mjs

# Run stage: production dependencies only, as the unprivileged "node" user.
FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/proxy.mjs ./proxy.mjs
USER node
EXPOSE 8787
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM from `docker stop` reaches node directly (exec form): open streams get 5 s to finish.
CMD ["node", "proxy.mjs"]
