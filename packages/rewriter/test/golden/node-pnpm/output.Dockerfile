FROM node:22 AS build
WORKDIR /app
COPY package.json pnpm-lock.yaml* ./
RUN corepack enable && pnpm install --frozen-lockfile
COPY . .
RUN pnpm run build
RUN pnpm prune --prod

FROM node:22-slim
WORKDIR /app
COPY --from=build /app /app
USER 1000:1000
EXPOSE 3000
CMD ["node", "dist/index.js"]
