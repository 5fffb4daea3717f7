/** A size for a person, in whole megabytes (kilobytes below one): `500 MB`, `12 kB`. */
export function byteSize(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Math.round(mb)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
