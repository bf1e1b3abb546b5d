/** The version printed by `--version` and recorded in convert's manifest. */
export const version = '0.1.0'
