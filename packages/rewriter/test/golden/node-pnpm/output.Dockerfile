FROM node:22
WORKDIR /app
COPY . .
RUN corepack enable && pnpm install --frozen-lockfile && pnpm run build
EXPOSE 3000
CMD ["node", "dist/index.js"]
