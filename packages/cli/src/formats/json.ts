export { formatJson } from '@dop/report';
