// Node built-ins (fs, os, url, util, crypto, worker_threads) that bundled code imports but the
// page never calls: typescript-estree uses them only for typed linting with a tsconfig.
export default {};
