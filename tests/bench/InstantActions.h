// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_instant's interactive actions: the real window driven as a user would, each action
// timed until the whole window is repainted.
#pragma once

#include "InstantSupport.h"

namespace outloud::bench {

/// Runs every action on @p file and records each median in @p rows at scale index @p scale.
void measureActions(QList<Measured>* rows, int scale, const QString& file);

} // namespace outloud::bench
