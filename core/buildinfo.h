#pragma once
// What a build is: its version, the commit it was built from and the Qt it was built with and
// runs on. Shown by --version of every program and by Help -> About, so a bug report says
// exactly which build it is about.

#include <QString>

namespace ik {

QString buildVersion(); // the project's version, e.g. "0.1.0"
QString buildCommit();  // the short commit hash, "-modified" when the tree had changes; "unknown"
// "0.1.0 (commit 943c422abcde, Qt 6.4.2; built with Qt 6.4.2)": the runtime Qt may differ.
QString buildDescription();
// "<program> " + buildDescription(), the first line of every --version.
QString versionLine(const QString& program);

} // namespace ik
