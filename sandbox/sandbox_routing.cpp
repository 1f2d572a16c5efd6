// The order of checks on every request (sandbox.h): route, authentication, project, workload,
// status faults, kind, body. Each step answers the request itself when it refuses it.
#include "sandbox_internal.h"

#include "keys.h"

#include <QJsonDocument>

namespace ik::sandbox {

void Sandbox::Impl::process(const ExchangePtr& ex) {
    const bool viaRedirect = noteRedirect(ex);
    const std::optional<Route> r = route(ex);
    if (!r)
        return;
    const std::optional<Caller> caller = authenticate(ex, r->controlPlane());
    if (!caller)
        return;
    const WorkloadSpec* workload = nullptr;
    if (!inScope(ex, *r, *caller, &workload))
        return;
    const QString target = r->controlPlane() ? r->project : r->project + u'/' + r->workload;
    if (statusFault(ex, target, viaRedirect))
        return;
    if (r->op == Route::Op::Workloads) {
        listWorkloads(ex, r->project);
        return;
    }
    if (r->op == Route::Op::Models) {
        listModels(ex, *workload);
        return;
    }
    if (!servesRoute(ex, *r, *workload, target))
        return;
    const std::optional<QJsonObject> body = readBody(ex);
    if (!body)
        return;
    if (r->op == Route::Op::Chat)
        chat(ex, *workload, *body);
    else if (r->op == Route::Op::Embeddings)
        embeddings(ex, *workload, *body);
    else
        rerank(ex, *workload, *body);
}

// The redirect target (Host: localhost): clients must not carry Authorization to another host.
// True when the request came through the redirect.
bool Sandbox::Impl::noteRedirect(const ExchangePtr& ex) {
    const QByteArray host = ex->req.header("host");
    const QByteArray hostName =
        host.left(host.lastIndexOf(':') < 0 ? host.size() : host.lastIndexOf(':'));
    if (hostName.compare("localhost", Qt::CaseInsensitive) != 0)
        return false;
    const bool saw = ex->req.hasHeader("authorization");
    lastRedirectSawAuth = saw;
    ex->extraHeaders.append(
        qMakePair(QByteArray("X-Sandbox-Saw-Authorization"), QByteArray(saw ? "yes" : "no")));
    emit q->redirectFollowed(saw);
    return true;
}

namespace {

// The data plane's /endpoint/{project}/{workload}/v1/{route} and the control plane's
// /api/projects/{project}/workloads; nullopt for any other path.
std::optional<Route> routeOfPath(const QString& path) {
    const QStringList seg = path.split(u'/', Qt::SkipEmptyParts);
    Route r;
    if (seg.size() == 4 && seg[0] == u"api" && seg[1] == u"projects" && seg[3] == u"workloads") {
        r.project = seg[2];
        r.op = Route::Op::Workloads;
        r.allowed = QStringLiteral("GET");
        return r;
    }
    if (seg.size() < 5 || seg[0] != u"endpoint" || seg[3] != u"v1")
        return std::nullopt;
    r.project = seg[1];
    r.workload = seg[2];
    r.rest = QStringList(seg.mid(4)).join(u'/');
    r.allowed = QStringLiteral("POST");
    if (r.rest == u"chat/completions")
        r.op = Route::Op::Chat;
    else if (r.rest == u"embeddings")
        r.op = Route::Op::Embeddings;
    else if (r.rest == u"rerank")
        r.op = Route::Op::Rerank;
    else if (r.rest == u"models") {
        r.op = Route::Op::Models;
        r.allowed = QStringLiteral("GET");
    } else
        return std::nullopt;
    return r;
}

} // namespace

// 1. route: unknown path 404, known path with another method 405.
std::optional<Route> Sandbox::Impl::route(const ExchangePtr& ex) {
    const Request& req = ex->req;
    const std::optional<Route> r = routeOfPath(req.path);
    if (!r) {
        sendError(ex, 404, QStringLiteral("not_found"),
                  QStringLiteral("no route %1 %2").arg(req.method, req.path));
        return std::nullopt;
    }
    if (req.method != r->allowed) {
        sendError(
            ex, 405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed on %2; use %3").arg(req.method, req.path, r->allowed),
            {{"Allow", r->allowed.toLatin1()}});
        return std::nullopt;
    }
    return r;
}

// 2. authentication: the header, the credential's form, its kind for this plane, then lookup.
std::optional<Caller> Sandbox::Impl::authenticate(const ExchangePtr& ex, bool controlPlane) {
    const QString auth = QString::fromUtf8(ex->req.header("authorization")).trimmed();
    const QString invalid = QStringLiteral("invalid_api_key");
    if (auth.isEmpty()) {
        sendError(ex, 401, invalid,
                  controlPlane
                      ? QStringLiteral("missing Authorization header: send Authorization: Bearer "
                                       "<the project's ik_sdk_ control token>")
                      : QStringLiteral("missing Authorization header: send Authorization: Bearer "
                                       "<the workload's ik_live_ key>"));
        return std::nullopt;
    }
    if (!auth.startsWith(QStringLiteral("bearer "), Qt::CaseInsensitive)) {
        sendError(ex, 401, invalid,
                  QStringLiteral("the Authorization header must use the Bearer scheme"));
        return std::nullopt;
    }
    Caller caller;
    caller.token = auth.mid(7).trimmed();
    const QString& token = caller.token;
    const auto parsed = parseCredential(token);
    if (!parsed) {
        sendError(ex, 401, invalid,
                  QStringLiteral("malformed credential %1: expected ik_live_<8 hex>_<64 hex>")
                      .arg(redact(token)));
        return std::nullopt;
    }
    if (!controlPlane && parsed->kind == u"sdk") {
        sendError(ex, 403, QStringLiteral("wrong_credential_type"),
                  QStringLiteral("%1 is a control-plane token; inference needs the workload's "
                                 "ik_live_ key")
                      .arg(redact(token)));
        return std::nullopt;
    }
    if (controlPlane && parsed->kind == u"live") {
        sendError(ex, 403, QStringLiteral("wrong_credential_type"),
                  QStringLiteral("%1 is a data-plane key; the control plane needs the project's "
                                 "ik_sdk_ token")
                      .arg(redact(token)));
        return std::nullopt;
    }
    for (const auto& k : config.keys)
        if (k.key == token)
            caller.key = &k;
    for (const auto& t : config.controlTokens)
        if (t.token == token)
            caller.control = &t;
    if (!caller.key && !caller.control) {
        sendError(ex, 401, invalid,
                  QStringLiteral("unknown or revoked credential %1").arg(redact(token)));
        return std::nullopt;
    }
    return caller;
}

// 3. project, 4. workload (data plane only): they exist and the credential may call them.
bool Sandbox::Impl::inScope(const ExchangePtr& ex, const Route& route, const Caller& caller,
                            const WorkloadSpec** workload) {
    const QString& project = route.project;
    if (!projectExists(project)) {
        sendError(ex, 404, QStringLiteral("project_not_found"),
                  QStringLiteral("no project \"%1\"").arg(project));
        return false;
    }
    if (caller.project() != project) {
        sendError(ex, 403, QStringLiteral("project_scope_mismatch"),
                  QStringLiteral("%1 belongs to another project than \"%2\"")
                      .arg(redact(caller.token), project));
        return false;
    }
    if (route.controlPlane())
        return true;
    *workload = findWorkload(project, route.workload);
    if (!*workload) {
        sendError(
            ex, 404, QStringLiteral("workload_not_found"),
            QStringLiteral("no workload \"%1\" in project \"%2\"").arg(route.workload, project));
        return false;
    }
    const QStringList& allowed = caller.key->workloads;
    if (!allowed.contains(QStringLiteral("*")) && !allowed.contains(route.workload)) {
        sendError(ex, 403, QStringLiteral("scope_insufficient"),
                  QStringLiteral("%1 is not issued for %2/%3")
                      .arg(redact(caller.token), project, route.workload));
        return false;
    }
    return true;
}

// 6. the kind of the workload against the route.
bool Sandbox::Impl::servesRoute(const ExchangePtr& ex, const Route& route, const WorkloadSpec& w,
                                const QString& target) {
    const QString needed = route.op == Route::Op::Chat         ? QStringLiteral("chat")
                           : route.op == Route::Op::Embeddings ? QStringLiteral("embedding")
                                                               : QStringLiteral("rerank");
    if (w.kind == needed)
        return true;
    const QString serves = w.kind == u"chat"        ? QStringLiteral("/chat/completions")
                           : w.kind == u"embedding" ? QStringLiteral("/embeddings")
                                                    : QStringLiteral("/rerank");
    sendError(ex, 400, QStringLiteral("wrong_workload_kind"),
              QStringLiteral("%1 is a %2 workload: it serves %3, not /%4")
                  .arg(target, w.kind, serves, route.rest));
    return false;
}

// 7. the body: a JSON object whose model, when given, is a string.
std::optional<QJsonObject> Sandbox::Impl::readBody(const ExchangePtr& ex) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(ex->req.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        sendError(ex, 400, QStringLiteral("invalid_json"),
                  QStringLiteral("the request body is not valid JSON: %1 at offset %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        badRequest(ex, QStringLiteral("the request body must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject body = doc.object();
    if (body.contains(u"model") && !body.value(u"model").isString()) {
        badRequest(ex, QStringLiteral("model must be a string"));
        return std::nullopt;
    }
    return body;
}

} // namespace ik::sandbox
