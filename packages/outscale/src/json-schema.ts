/** The part of OpenAPI 3.0's schema language that the OUTSCALE spec uses. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
  additionalProperties?: boolean;
  pattern?: string;
  format?: string;
  default?: unknown;
}
