export { formatJson, jsonWriter } from '@dop/report';
