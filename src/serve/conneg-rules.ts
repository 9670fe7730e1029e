// Content-negotiation rules for hosting a published site on nginx or Apache httpd, without a Node server.
import { ENTITY_FORMATS } from './negotiate.js';

/** The RDF formats in the order the rules test the Accept header, HTML last (browsers also send *∕*). */
const RDF = ENTITY_FORMATS.map((f) => ({ ext: f.extension, type: f.mediaType, pattern: f.mediaType.replace(/[+.]/g, '\\$&') }));

/** Bundle files' extensions no entity format has, with their media types (text ones get a charset). */
const BUNDLE_TYPES = [{ ext: '.trig', type: 'application/trig', text: true }, { ext: '.gz', type: 'application/gzip', text: false }];

/**
 * An nginx file to `include` in the `http {}` context: the Accept → extension `map` and a `server` whose
 * root is the site folder (change `listen` and `server_name` to suit).
 */
export function nginxRules(root: string): string {
  return `# office-ld: content negotiation for a published site (nginx). Include this file in the http {} context.
map $http_accept $office_ld_ext {
    default ".ttl";
${RDF.map((f) => `    "~*${f.pattern}" "${f.ext}";`).join('\n')}
    "~*text/html" ".html";
}

server {
    listen 80;
    server_name _;
    root ${JSON.stringify(root)};
    types {
        text/html html;
${[...RDF, ...BUNDLE_TYPES].map((f) => `        ${f.type} ${f.ext.slice(1)};`).join('\n')}
    }
    default_type application/octet-stream;
    charset utf-8;
    charset_types ${[...RDF, ...BUNDLE_TYPES.filter((f) => f.text)].map((f) => f.type).join(' ')};

    location ~ (^|/)(\\.htaccess|nginx\\.conf)$ { return 404; }
    location = /.well-known/void { default_type text/turtle; try_files /void.ttl =404; }
    location = /void { default_type text/turtle; try_files /void.ttl =404; }
    location = / { try_files /index.html =404; }
    location / {
        add_header Vary Accept always;
        try_files $uri$office_ld_ext $uri =404;
    }
}
`;
}

/** An Apache httpd \`.htaccess\` (mod_rewrite, mod_headers, mod_mime) for the site's root folder. */
export function apacheRules(): string {
  const rule = (pattern: string, ext: string) => `RewriteCond %{HTTP_ACCEPT} ${pattern} [NC]
RewriteCond %{REQUEST_FILENAME}${ext} -f
RewriteRule ^(.+)$ $1${ext} [L]`;
  return `# office-ld: content negotiation for a published site (Apache httpd .htaccess).
Options -MultiViews
DirectoryIndex index.html
<Files "nginx.conf">
    Require all denied
</Files>
${[...RDF, ...BUNDLE_TYPES].map((f) => `AddType ${f.type} ${f.ext}`).join('\n')}
AddCharset utf-8 .html ${[...RDF, ...BUNDLE_TYPES.filter((f) => f.text)].map((f) => f.ext).join(' ')}
Header append Vary Accept

RewriteEngine On
RewriteRule ^(\\.well-known/)?void$ void.ttl [L,T=text/turtle]
RewriteCond %{REQUEST_FILENAME} -f
RewriteRule ^ - [L]
${RDF.map((f) => rule(f.pattern, f.ext)).join('\n')}
${rule('text/html', '.html')}
RewriteCond %{REQUEST_FILENAME}.ttl -f
RewriteRule ^(.+)$ $1.ttl [L]
`;
}
