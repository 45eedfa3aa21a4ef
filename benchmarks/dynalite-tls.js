// dynalite over https with a given key and certificate: its CLI's --ssl only takes the bundled certificate,
// which expired in 2018 and names no host, so cold-start.sh starts it through this instead.
// Usage: node dynalite-tls.js <dynalite module dir> <host> <port> <key.pem> <cert.pem>
'use strict'
const fs = require('fs')
const [dynaliteDir, host, port, keyFile, certFile] = process.argv.slice(2)
const cert = fs.readFileSync(certFile)
// ca: our own certificate, else dynalite adds its bundled CA
require(dynaliteDir)({ ssl: true, key: fs.readFileSync(keyFile), cert, ca: cert })
  .listen(Number(port), host, () => console.log('Dynalite listening at: https://%s:%s', host, port))
