// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace outloud::org {

/// The NOLOGIN role that owns the schema, every table and every function.
inline constexpr const char* OwnerRole = "outloud_owner";
inline constexpr const char* MemberRole = "outloud_member";
inline constexpr const char* FacilitatorRole = "outloud_facilitator";
inline constexpr const char* AdminRole = "outloud_admin";

/// The roles, created when missing (run by the operator, who may create roles).
QStringList roleStatements();
/// Gives schema `public` and everything in it to the owner role (after migrations, which
/// create tables as the operator).
QStringList ownershipStatements();
/// Run as the owner role: the org tables, row-level security on every table, one policy
/// per command and role, grants, the SECURITY DEFINER functions and the notify triggers.
/// Every statement may run again: init upgrades or changes nothing.
QStringList securityStatements();

/// The tables of schema public that every role's policies cover (the catalog test and
/// init both check that no table is left out).
QStringList protectedTables();

} // namespace outloud::org
