/** The URL if it is an absolute http(s) URL, else null: a feed is data, and `javascript:` is not a link. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link when the URL is http(s), otherwise the label as plain text. */
export function SafeLink({ url, label, class: className }: { url: string | null | undefined; label: string; class?: string }) {
  const href = safeHttpUrl(url);
  if (!href) return <span class={className}>{label}</span>;
  return (
    <a class={className} href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
