/**
 * The Veta API's types, generated from its OpenAPI document (/api/openapi.json) by
 * scripts/write-api-types.js: do not edit; run "npm run api-types" after changing a route's schema.
 */

export interface paths {
  '/api/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Alert episodes (or single alerts) in scope, filtered, sorted and paged */
    get: {
      parameters: {
        query: {
          /** @description Username holding the case. */
          assignee?: string;
          /** @description Country, ISO alpha-2. Repeat for several. */
          country?: string[];
          /** @description episode (the default): consecutive or overlapping alerts of one typology about one subject as one, its period their span, its severity the worst, its score the highest, its title the strongest alert’s; alert: each alert on its own, with its episode’s case. */
          each: 'episode' | 'alert';
          /** @description Items per page, at most 200. */
          limit: number;
          /** @description Items to skip. */
          offset: number;
          /** @description Words in the title. */
          q?: string;
          /** @description Severity. Repeat for several. */
          severity?: ('low' | 'medium' | 'high' | 'critical')[];
          /** @description score, period, severity (a leading - reverses), or detected (newest first). */
          sort: 'score' | '-score' | 'period' | '-period' | 'severity' | '-severity' | 'detected';
          /** @description Case status. Repeat for several; "unresolved" stands for open, in_review, escalated. */
          status?: ('open' | 'in_review' | 'escalated' | 'dismissed' | 'closed' | 'unresolved')[];
          /** @description A subject id, e.g. PE:RUC:20100000017. */
          subject?: string;
          /** @description Typology code, e.g. STRUCTURING. Repeat for several. */
          typology?: string[];
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Alerts in the order asked for. */
              items: components['schemas']['AlertSummary'][];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/alerts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One episode (or alert): explanation, figures, evidence, its alerts, comments and history */
    get: {
      parameters: {
        query: {
          /** @description episode (the default): consecutive or overlapping alerts of one typology about one subject as one, its period their span, its severity the worst, its score the highest, its title the strongest alert’s; alert: each alert on its own, with its episode’s case. */
          each: 'episode' | 'alert';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AlertDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/alerts/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give an alert to a user by username, or to no one (null)
     * @description Analysts may take an unheld alert or let go of their own; supervisors and administrators assign anyone who may work alerts and sees the alert’s country.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            assignee: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AlertDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/alerts/{id}/assignees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The users you may give an alert to now
     * @description Supervisors and administrators: active users who may work on alerts and see the alert’s country, by name. Empty when the alert is closed.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                displayName: string;
                role: string;
                username: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/alerts/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Comment on an alert's case */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseComment'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/alerts/{id}/transition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an alert's case to another status (open, in_review, escalated, dismissed or closed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Required to dismiss. */
            reason?: string;
            /**
             * @description open, in_review, escalated, dismissed or closed.
             * @enum {unknown}
             */
            to: 'open' | 'in_review' | 'escalated' | 'dismissed' | 'closed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AlertDetail'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail, newest entry first: the entries concerning your countries */
    get: {
      parameters: {
        query: {
          /** @description Items per page, at most 500. */
          limit: number;
          /** @description Items to skip. */
          offset: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                action: string;
                actorId: string | null;
                actorUsername: string;
                /**
                 * Format: date-time
                 * @description As stored and hashed: UTC, to the microsecond.
                 */
                at: string;
                /** @description The countries the entry concerns; empty for none in particular; null for entries written before entries recorded them. */
                countries: string[] | null;
                details: {
                  [key: string]: unknown;
                };
                hash: string;
                id: number;
                prevHash: string;
                subjectId: string | null;
                subjectKind: string;
              }[];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Walk the hash chain and report the first entry that was tampered with, if any */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checked: number;
              firstBreak: {
                actual: string;
                expected: string;
                id: number;
                message: string;
                problem: 'content-changed' | 'link-broken';
              } | null;
              head: {
                hash: string;
                id: number;
              } | null;
              ok: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with username and password; sets the veta_session cookie */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: ends the session and clears its cookie */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, their role, scope and permissions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agency: string | null;
              /** @description ISO alpha-2 codes of the countries the user sees, or "ALL" */
              countries: ('PE' | 'CO' | 'EC' | 'BO')[] | 'ALL';
              displayName: string;
              id: string;
              /** @description What the user's role lets them do; the server checks again on every request. */
              permissions: (
                | 'read'
                | 'triage'
                | 'assign'
                | 'close'
                | 'ingest'
                | 'manage-users'
                | 'read-audit'
                | 'request-reveal'
                | 'decide-reveal'
              )[];
              /**
               * @description viewer, analyst, supervisor, admin or auditor
               * @enum {string}
               */
              role: 'viewer' | 'analyst' | 'supervisor' | 'admin' | 'auditor';
              username: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your own password; ends every session and revokes every API token you had */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's API tokens, newest first (never the tokens themselves) */
    get: {
      parameters: {
        query: {
          /** @description Items per page, at most 500. */
          limit: number;
          /** @description Items to skip. */
          offset: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: date-time */
                createdAt: string;
                id: string;
                lastUsedAt: string | null;
                name: string;
                revokedAt: string | null;
              }[];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /** Create an API token; the answer is the only time the token is shown */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              id: string;
              lastUsedAt: string | null;
              name: string;
              revokedAt: string | null;
            } & {
              /** @description The token itself, shown only in this answer */
              token: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke one of your API tokens */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              id: string;
              lastUsedAt: string | null;
              name: string;
              revokedAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ingest batches of the caller's countries (and agency), most recent first */
    get: {
      parameters: {
        query: {
          layout?: string;
          /** @description Items per page, at most 200. */
          limit: number;
          /** @description Items to skip. */
          offset: number;
          status?: 'running' | 'succeeded' | 'failed' | 'skipped' | 'interrupted';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Batches, most recent first. */
              items: {
                country: string | null;
                error: {
                  code: string;
                  message: string;
                } | null;
                file: {
                  name: string;
                  sha256: string;
                  sizeBytes: number;
                };
                finishedAt: string | null;
                id: number;
                layout: string;
                rowsAccepted: number;
                rowsFlagged: number;
                rowsRead: number;
                rowsRejected: number;
                /** Format: date-time */
                startedAt: string;
                /** @enum {unknown} */
                status: 'running' | 'succeeded' | 'failed' | 'skipped' | 'interrupted';
              }[];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/batches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One ingest batch with its stored report */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              country: string | null;
              error: {
                code: string;
                message: string;
              } | null;
              file: {
                name: string;
                sha256: string;
                sizeBytes: number;
              };
              finishedAt: string | null;
              id: number;
              layout: string;
              /** @description The ingestion report: counts by reason, records by type, timing. */
              report: unknown;
              rowsAccepted: number;
              rowsFlagged: number;
              rowsRead: number;
              rowsRejected: number;
              /** Format: date-time */
              startedAt: string;
              /** @enum {unknown} */
              status: 'running' | 'succeeded' | 'failed' | 'skipped' | 'interrupted';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/detections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Satellite detections of mining as GeoJSON points, by map window and dates */
    get: {
      parameters: {
        query: {
          /** @description Map window as west,south,east,north in WGS84 degrees, e.g. -71,-14,-69,-12. */
          bbox?: string;
          /** @description A day, YYYY-MM-DD. */
          from?: string;
          limit: number;
          /** @description A day, YYYY-MM-DD. */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              features: {
                geometry: {
                  /** @description Positions [longitude, latitude], nested as the geometry type requires. */
                  coordinates: unknown[];
                  type: 'Point' | 'Polygon' | 'MultiPolygon';
                } | null;
                id: string;
                properties: {
                  areaHa: number | null;
                  confidence: number | null;
                  /** @description Countries of the rights or areas it lies in. */
                  countries: string[];
                  detectedOn: string | null;
                  file: string;
                  id: string;
                  layout: string;
                  row: number;
                  source: string | null;
                };
                /** @enum {string} */
                type: 'Feature';
              }[];
              total: number;
              truncated: boolean;
              /** @enum {string} */
              type: 'FeatureCollection';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/early-warning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Subjects first scored or riskier since a date, and alerts first detected since it, each with the reason */
    get: {
      parameters: {
        query: {
          /** @description New alerts to list, at most */
          alerts: number;
          /** @description entity, right (mining right), trader (plant or trader), exporter or corridor */
          kind?: 'entity' | 'right' | 'trader' | 'exporter' | 'corridor';
          /** @description A day, YYYY-MM-DD. */
          since: string;
          /** @description Default: the latest run's riseStep */
          step?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              alerts: {
                items: {
                  /** @description ISO alpha-2, or null */
                  country: string | null;
                  /** Format: date-time */
                  firstDetectedAt: string;
                  id: string;
                  reason: components['schemas']['Bilingual'];
                  score: number;
                  severity: string;
                  subjects: string[];
                  title: components['schemas']['Bilingual'];
                  typology: string;
                }[];
                total: number;
              };
              baselineRun: {
                id: number;
                /** Format: date-time */
                startedAt: string;
              } | null;
              latestRun: {
                id: number;
                /** Format: date-time */
                startedAt: string;
              } | null;
              since: string;
              /** @description Rise in score that counts as riskier */
              step: number;
              subjects: {
                change: 'new' | 'risen';
                /** @description ISO alpha-2, or null */
                country: string | null;
                /** @description Evidence that is new or weighs more */
                evidence: {
                  alertId: string | null;
                  /** @description Typology code (alerts) or signal code */
                  code: string;
                  /** @description The figures behind the value */
                  detail: {
                    [key: string]: unknown;
                  };
                  name: components['schemas']['Bilingual'];
                  /** @description This piece's share of the score; the points add up to the score */
                  points: number;
                  source: 'alert' | 'signal';
                  /** @description How strong this piece is, 0-1: severity, score, recency, repeats */
                  value: number;
                  /** @description How strongly this kind of evidence counts, 0-1 (weights.yaml) */
                  weight: number;
                }[];
                /** Format: date-time */
                firstScoredAt: string;
                id: string;
                /**
                 * @description entity, right (mining right), trader (plant or trader), exporter or corridor
                 * @enum {unknown}
                 */
                kind: 'entity' | 'right' | 'trader' | 'exporter' | 'corridor';
                label: string;
                previousScore: number | null;
                reason: components['schemas']['Bilingual'];
                score: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find entities by name (accents and typos forgiven) or identifier, best first */
    get: {
      parameters: {
        query: {
          /** @description ISO 3166 alpha-2, e.g. PE. */
          country?: string;
          kind?: 'PERSON' | 'ORGANISATION';
          limit: number;
          offset: number;
          /** @description A name (any accents, typos) or an identifier. */
          q: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                countries: string[];
                exactIdentifier: boolean;
                id: string;
                /** @description Canonical identifiers, e.g. PE:RUC:20123456789. */
                identifiers: string[];
                /** @description PERSON or ORGANISATION. */
                kind: string;
                /** @description The name its visible records write most. */
                name: string;
                /** @description Every name its visible records write, as written. */
                names: string[];
                /** @description Visible source records of the entity. */
                records: number;
                /** @description 1 for an exact identifier, else name similarity (0..1). */
                score: number;
              }[];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An entity: its records in each source with provenance, its alerts and activity */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              activity: {
                customsDeclarations: number;
                inputDeliveries: number;
                miningRights: number;
                productionDeclarations: number;
                purchases: number;
                sales: number;
              };
              alerts: {
                items: {
                  country: string | null;
                  /** @description ISO timestamp. */
                  firstDetectedAt: string;
                  id: string;
                  /** @description ISO timestamp. */
                  lastDetectedAt: string;
                  period: {
                    /**
                     * Format: date
                     * @description A day, YYYY-MM-DD.
                     */
                    end: string;
                    /**
                     * Format: date
                     * @description A day, YYYY-MM-DD.
                     */
                    start: string;
                  };
                  score: number;
                  severity: string;
                  subjects: string[];
                  title: components['schemas']['Bilingual'];
                  typology: string;
                  typologyName: components['schemas']['Bilingual'];
                }[];
                total: number;
              };
              countries: string[];
              country: string | null;
              id: string;
              identifiers: string[];
              identities: {
                batchId: number;
                country: string | null;
                /** @description The file name as first received. */
                file: string;
                identifiers: string[];
                kind: string | null;
                /** @description The national layout the file was read as, e.g. PE-COMPRAS. */
                layout: string;
                name: string | null;
                /** @description The record’s id within its layout. */
                recordId: string;
                /** @description Row in the file as a spreadsheet numbers it (the header is row 1). */
                row: number;
              }[];
              kind: string;
              name: string;
              risk: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities/{id}/network': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The parties within some links of the entity: ownership, control, shared address, gold trade */
    get: {
      parameters: {
        query: {
          hops: number;
          /** @description Most nodes returned. */
          limit: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              edges: {
                fineKg: number | null;
                /** @description OWNERSHIP, CONTROL, SHARED_ADDRESS or TRADE. */
                kind: string;
                source: string;
                target: string;
                usd: number | null;
                /** @description Records the edge rests on. */
                weight: number;
              }[];
              /** @description Neighbours left out as outside the caller’s countries. */
              hidden: number;
              nodes: {
                country: string | null;
                hop: number;
                id: string;
                /** @description PERSON, ORGANISATION, COUNTRY or UNKNOWN. */
                kind: string;
                label: string | null;
                risk: number | null;
              }[];
              truncated: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities/{id}/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who owns or controls the entity: every declared chain and its ultimate owners */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entity: string;
              subjects: {
                /** @description The deepest chain followed, in links. */
                depth: number;
                loops: {
                  links: {
                    file: string;
                    id: string;
                    interest: string;
                    layout: string;
                    owner: string;
                    row: number;
                    share: number | null;
                    subject: string;
                  }[];
                  path: string[];
                }[];
                owners: {
                  chains: {
                    declared: boolean;
                    depth: number;
                    links: {
                      file: string;
                      id: string;
                      interest: string;
                      layout: string;
                      owner: string;
                      row: number;
                      share: number | null;
                      subject: string;
                    }[];
                    path: string[];
                    share: number | null;
                  }[];
                  control: {
                    depth: number;
                    interest: string;
                    via: string[];
                  }[];
                  effectiveShare: number | null;
                  entity: string | null;
                  name: string | null;
                  party: string;
                }[];
                /** @description The canonical id the registers name the entity by. */
                party: string;
                undeclaredAbove: string[];
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/entities/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the entity declared, bought, sold, exported and imported, by date */
    get: {
      parameters: {
        query: {
          /** @description A day, YYYY-MM-DD. */
          from?: string;
          limit: number;
          offset: number;
          /** @description A day, YYYY-MM-DD. */
          to?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                counterparty: {
                  country: string | null;
                  entity: string | null;
                  name: string | null;
                  party: string | null;
                } | null;
                country: string | null;
                /**
                 * Format: date
                 * @description A day, YYYY-MM-DD.
                 */
                date: string;
                /** @description The file name as first received. */
                file: string;
                fineKg: number | null;
                /** @description PRODUCTION, PURCHASE, SALE, EXPORT or IMPORT. */
                kind: string;
                /** @description The national layout the file was read as, e.g. PE-COMPRAS. */
                layout: string;
                massKg: number | null;
                metal: string | null;
                miningRight: string | null;
                periodEnd: string | null;
                /** @description The record’s id within its layout. */
                recordId: string;
                /** @description Row in the file as a spreadsheet numbers it (the header is row 1). */
                row: number;
                usd: number | null;
                usdBasis: string | null;
              }[];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/federation/nodes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The peer nodes this node trusts, the agreements they share under, their last exchange, and the records received and kept back */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              nodes: {
                /** @description The latest version of each agreement the node shares under. */
                agreements: {
                  /**
                   * DataSharingAgreement
                   * @description What a country's node shares with another node: purposes, legal basis, validity and each record type's clause.
                   */
                  agreement: {
                    /** @description What this version changed. */
                    changes?: string;
                    /** @description ISO 3166-1 alpha-2 code. */
                    from: string;
                    /** @description The agreement, the same across its versions, e.g. PE-HUB. */
                    id: string;
                    /** @description The instruments the sharing rests on, as they are cited (MoU, Decisión CAN...). */
                    legalBasis: string;
                    purposes: (
                      'CROSS_BORDER_DETECTION' | 'JOINT_INVESTIGATION' | 'STATISTICS' | 'FIU_COOPERATION'
                    )[];
                    /** @description The questions the receiving node may ask the sending one about what it keeps home; none unless listed. */
                    questions?: ('IDENTIFIER_REGISTERED' | 'EXPORTER_TOTALS')[];
                    /** @description The clause of each record type shared; a record type not listed is not shared. */
                    records: {
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      Assay?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      AssetPosition?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      CustomsDeclaration?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      GeoFeature?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      InputTransaction?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      MineralTransaction?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      MiningRight?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      Party?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      ProductionDeclaration?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      ReferencePrice?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      Registration?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      Relationship?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                      /** @description full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }. */
                      TradeStatistic?:
                        | 'full'
                        | 'none'
                        | 'pseudonymised'
                        | {
                            fields: string[];
                            /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                            pseudonymised?: string[];
                          }
                        | {
                            aggregate: {
                              /** @description Fields the totals are broken down by, besides the month. */
                              by: string[];
                              /** @description A field of the record type, e.g. declarant or royalty.amount. */
                              date: string;
                              /** @description Numeric fields summed. */
                              measures: string[];
                              /** @description Cells with fewer records are suppressed (default 1: none is). */
                              minCount?: number;
                              /** @description Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent. */
                              pseudonymised?: string[];
                            };
                          };
                    };
                    title: {
                      en: string;
                      es: string;
                    };
                    /** @description The node that receives: HUB, or a country code. */
                    to: string;
                    /**
                     * Format: date
                     * @description First day the agreement is in force (ISO 8601 date).
                     */
                    validFrom: string;
                    /**
                     * Format: date
                     * @description Last day the agreement is in force (ISO 8601 date).
                     */
                    validUntil: string;
                    /** @description Every change to the agreement bumps it. */
                    version: number;
                  };
                  lastReport: {
                    /** Format: date-time */
                    sentAt: string;
                    tallies: {
                      /**
                       * @description How the clause in force let the node send the type.
                       * @enum {unknown}
                       */
                      form: 'full' | 'fields' | 'pseudonymised' | 'aggregate' | 'none';
                      /** @description Why they were kept back, in the node’s words. */
                      reason?: string;
                      /**
                       * @description A record type of the standard.
                       * @enum {unknown}
                       */
                      recordType:
                        | 'Party'
                        | 'Relationship'
                        | 'MiningRight'
                        | 'Registration'
                        | 'ProductionDeclaration'
                        | 'MineralTransaction'
                        | 'CustomsDeclaration'
                        | 'TradeStatistic'
                        | 'InputTransaction'
                        | 'Assay'
                        | 'GeoFeature'
                        | 'AssetPosition'
                        | 'ReferencePrice';
                      /** @description Records (or monthly totals, for an aggregate clause) sent. */
                      sent: number;
                      /** @description Records the node kept back, or summed into totals. */
                      withheld: number;
                    }[];
                    version: number;
                  } | null;
                  /** @description The agreement’s purposes, named in both languages. */
                  purposes: {
                    code: string;
                    name: components['schemas']['Bilingual'];
                  }[];
                  /** Format: date-time */
                  receivedAt: string;
                }[];
                /** @description ISO 3166 alpha-2, e.g. PE. */
                country: string;
                /** @description Envelopes applied from the node. */
                envelopes: number;
                /** @description The node’s keys this node trusts or trusted; a revoked key signs nothing accepted. */
                keys: {
                  keyId: string;
                  revokedAt: string | null;
                  /** Format: date-time */
                  trustedAt: string;
                }[];
                lastExchange: string | null;
                name: string;
                nodeId: string;
                /** @description Records held from the node, per type. */
                received: {
                  records: number;
                  /**
                   * @description A record type of the standard.
                   * @enum {unknown}
                   */
                  recordType:
                    | 'Party'
                    | 'Relationship'
                    | 'MiningRight'
                    | 'Registration'
                    | 'ProductionDeclaration'
                    | 'MineralTransaction'
                    | 'CustomsDeclaration'
                    | 'TradeStatistic'
                    | 'InputTransaction'
                    | 'Assay'
                    | 'GeoFeature'
                    | 'AssetPosition'
                    | 'ReferencePrice';
                }[];
                role: 'node' | 'hub';
                /** @description Monthly totals held from the node, per type: the cells, and the records they sum. */
                totals: {
                  cells: number;
                  records: number;
                  /**
                   * @description A record type of the standard.
                   * @enum {unknown}
                   */
                  recordType:
                    | 'Party'
                    | 'Relationship'
                    | 'MiningRight'
                    | 'Registration'
                    | 'ProductionDeclaration'
                    | 'MineralTransaction'
                    | 'CustomsDeclaration'
                    | 'TradeStatistic'
                    | 'InputTransaction'
                    | 'Assay'
                    | 'GeoFeature'
                    | 'AssetPosition'
                    | 'ReferencePrice';
                }[];
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server and database health (the engine only for a signed-in caller) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description pglite or postgres; only for a signed-in caller */
              engine?: string;
              /** @enum {string} */
              status: 'ok';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unresolved alerts in scope by severity and typology, with the value and gold at stake */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Every severity, critical first. */
              bySeverity: {
                alerts: number;
                /**
                 * @description low, medium, high or critical.
                 * @enum {unknown}
                 */
                severity: 'low' | 'medium' | 'high' | 'critical';
                /** @description Sum of the unaccounted fine gold figure of each alert, kg. */
                unaccountedFineKg: number;
                /** @description Sum of the value-at-stake figure of each alert, USD. */
                valueAtStakeUsd: number;
              }[];
              /** @description All alerts in scope by case status. */
              byStatus: {
                [key: string]: number;
              };
              /** @description Typologies with unresolved alerts, the most alerts first. */
              byTypology: {
                alerts: number;
                typology: string;
                typologyName: components['schemas']['Bilingual'];
                /** @description Sum of the unaccounted fine gold figure of each alert, kg. */
                unaccountedFineKg: number;
                /** @description Sum of the value-at-stake figure of each alert, USD. */
                valueAtStakeUsd: number;
              }[];
              /** @description The alert figures summed, in order of preference: an alert counts the first it has. */
              figures: {
                unaccountedFineKg: string[];
                valueAtStakeUsd: string[];
              };
              unresolved: {
                alerts: number;
                /** @description Sum of the unaccounted fine gold figure of each alert, kg. */
                unaccountedFineKg: number;
                /** @description Sum of the value-at-stake figure of each alert, USD. */
                valueAtStakeUsd: number;
              };
              /** @description The case statuses counted as unresolved. */
              unresolvedStatuses: ('open' | 'in_review' | 'escalated' | 'dismissed' | 'closed')[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/protected-areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Protected areas and indigenous territories as GeoJSON */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              features: {
                geometry: {
                  /** @description Positions [longitude, latitude], nested as the geometry type requires. */
                  coordinates: unknown[];
                  type: 'Point' | 'Polygon' | 'MultiPolygon';
                } | null;
                id: string;
                properties: {
                  areaHa: number | null;
                  countries: string[];
                  designation: string | null;
                  file: string;
                  id: string;
                  /** @description PROTECTED_AREA or INDIGENOUS_TERRITORY. */
                  kind: string;
                  layout: string;
                  name: string | null;
                  row: number;
                };
                /** @enum {string} */
                type: 'Feature';
              }[];
              total: number;
              truncated: boolean;
              /** @enum {string} */
              type: 'FeatureCollection';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/quarantine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rejected rows of the batches the caller can see, whole, with the reason */
    get: {
      parameters: {
        query: {
          /** @description Only this batch. */
          batch?: number;
          /** @description Only this reason. */
          code?: string;
          /** @description Items per page, at most 200. */
          limit: number;
          /** @description Items to skip. */
          offset: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Rejected rows, newest batch first, in file order. */
              items: {
                batchId: number;
                code: string;
                column: string | null;
                file: string;
                id: number;
                layout: string;
                message: string;
                raw: {
                  [key: string]: unknown;
                };
                /** @description Row in the file (the header is row 1). */
                row: number;
              }[];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Gold produced, bought, exported and imported by partners, by country and month (fine kg, USD) */
    get: {
      parameters: {
        query: {
          /** @description ISO 3166 alpha-2, e.g. PE. */
          country?: string;
          /** @description A day, YYYY-MM-DD. */
          from?: string;
          limit: number;
          offset: number;
          /** @description A day, YYYY-MM-DD. */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                country: string;
                exports: {
                  fineKg: number;
                  usd: number | null;
                  usdBasis: string | null;
                };
                /** @description YYYY-MM. */
                month: string;
                partnerImports: {
                  fineKg: number;
                  usd: number | null;
                  usdBasis: string | null;
                };
                production: {
                  fineKg: number;
                  usd: number | null;
                  usdBasis: string | null;
                };
                purchases: {
                  fineKg: number;
                  usd: number | null;
                  usdBasis: string | null;
                };
              }[];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reveal-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The requests to reveal a pseudonymised person this node made or must decide */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              requests: {
                /** @description The agreement and version the person was shared under. */
                agreement: string;
                alert: string | null;
                decidedAt: string | null;
                decidedBy: string | null;
                decisionReason: string | null;
                /** @description outgoing: this hub asked; incoming: a hub asked this node. */
                direction: 'outgoing' | 'incoming';
                expiresAt: string | null;
                hubNode: string;
                id: string;
                /** @description Who the person is: only for the user who asked, once approved, until it expires. */
                identity: {
                  birthDate?: string;
                  identifiers: string[];
                  name: string;
                } | null;
                ownerNode: string;
                party: string;
                purpose: string;
                purposeName: components['schemas']['Bilingual'];
                reason: string;
                /** Format: date-time */
                requestedAt: string;
                requestedBy: string;
                /** @description Whether the request (or the decision) has left this node. */
                sent: boolean;
                status: 'pending' | 'approved' | 'refused' | 'expired';
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /** Ask the node that shared a pseudonymised person of an alert to reveal them */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The alert the person is part of. */
            alert: string;
            /** @description The pseudonymised person’s token. */
            party: string;
            /**
             * @description Purpose the records are shared for.
             * @enum {unknown}
             */
            purpose: 'CROSS_BORDER_DETECTION' | 'JOINT_INVESTIGATION' | 'STATISTICS' | 'FIU_COOPERATION';
            /** @description Why the person must be revealed. */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The agreement and version the person was shared under. */
              agreement: string;
              alert: string | null;
              decidedAt: string | null;
              decidedBy: string | null;
              decisionReason: string | null;
              /** @description outgoing: this hub asked; incoming: a hub asked this node. */
              direction: 'outgoing' | 'incoming';
              expiresAt: string | null;
              hubNode: string;
              id: string;
              /** @description Who the person is: only for the user who asked, once approved, until it expires. */
              identity: {
                birthDate?: string;
                identifiers: string[];
                name: string;
              } | null;
              ownerNode: string;
              party: string;
              purpose: string;
              purposeName: components['schemas']['Bilingual'];
              reason: string;
              /** Format: date-time */
              requestedAt: string;
              requestedBy: string;
              /** @description Whether the request (or the decision) has left this node. */
              sent: boolean;
              status: 'pending' | 'approved' | 'refused' | 'expired';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reveal-requests/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a hub’s request to reveal a person this node shared: the identity goes to the one who asked */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Days the identity stays readable (30 if absent). */
            days?: number;
            /** @description Why, sent to the hub and audited. */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The agreement and version the person was shared under. */
              agreement: string;
              alert: string | null;
              decidedAt: string | null;
              decidedBy: string | null;
              decisionReason: string | null;
              /** @description outgoing: this hub asked; incoming: a hub asked this node. */
              direction: 'outgoing' | 'incoming';
              expiresAt: string | null;
              hubNode: string;
              id: string;
              /** @description Who the person is: only for the user who asked, once approved, until it expires. */
              identity: {
                birthDate?: string;
                identifiers: string[];
                name: string;
              } | null;
              ownerNode: string;
              party: string;
              purpose: string;
              purposeName: components['schemas']['Bilingual'];
              reason: string;
              /** Format: date-time */
              requestedAt: string;
              requestedBy: string;
              /** @description Whether the request (or the decision) has left this node. */
              sent: boolean;
              status: 'pending' | 'approved' | 'refused' | 'expired';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reveal-requests/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse a hub’s request to reveal a person this node shared */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Days the identity stays readable (30 if absent). */
            days?: number;
            /** @description Why, sent to the hub and audited. */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The agreement and version the person was shared under. */
              agreement: string;
              alert: string | null;
              decidedAt: string | null;
              decidedBy: string | null;
              decisionReason: string | null;
              /** @description outgoing: this hub asked; incoming: a hub asked this node. */
              direction: 'outgoing' | 'incoming';
              expiresAt: string | null;
              hubNode: string;
              id: string;
              /** @description Who the person is: only for the user who asked, once approved, until it expires. */
              identity: {
                birthDate?: string;
                identifiers: string[];
                name: string;
              } | null;
              ownerNode: string;
              party: string;
              purpose: string;
              purposeName: components['schemas']['Bilingual'];
              reason: string;
              /** Format: date-time */
              requestedAt: string;
              requestedBy: string;
              /** @description Whether the request (or the decision) has left this node. */
              sent: boolean;
              status: 'pending' | 'approved' | 'refused' | 'expired';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mining rights as GeoJSON, by country and/or map window */
    get: {
      parameters: {
        query: {
          /** @description Map window as west,south,east,north in WGS84 degrees, e.g. -71,-14,-69,-12. */
          bbox?: string;
          /** @description ISO 3166 alpha-2, e.g. PE. */
          country?: string;
          limit: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              features: {
                geometry: {
                  /** @description Positions [longitude, latitude], nested as the geometry type requires. */
                  coordinates: unknown[];
                  type: 'Point' | 'Polygon' | 'MultiPolygon';
                } | null;
                id: string;
                properties: {
                  /** @description Alerts naming the right. */
                  alerts: number;
                  /** @description National code as written. */
                  code: string;
                  country: string | null;
                  /** @description Boundary quality flags, e.g. RIGHT_OVERLAP. */
                  flags: string[];
                  hectares: number | null;
                  holders: {
                    entity: string | null;
                    /** @description Canonical id, e.g. PE:RUC:20123456789. */
                    id: string;
                    name: string | null;
                  }[];
                  id: string;
                  kind: string | null;
                  name: string | null;
                  status: string | null;
                  statusNational: string | null;
                };
                /** @enum {string} */
                type: 'Feature';
              }[];
              total: number;
              truncated: boolean;
              /** @enum {string} */
              type: 'FeatureCollection';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rights/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A mining right: boundary, holders, production declared vs bought vs capacity by month, inputs, detections */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adminArea: {
                [key: string]: unknown;
              } | null;
              /** @description Alerts naming the right. */
              alerts: number;
              capacity: {
                kgPerMonth: number | null;
                metal: string | null;
                period: string;
                unit: string;
                value: number;
              } | null;
              /** @description National code as written. */
              code: string;
              country: string | null;
              detections: {
                areaHa: number | null;
                confidence: number | null;
                /** @description Countries of the rights or areas it lies in. */
                countries: string[];
                detectedOn: string | null;
                file: string;
                id: string;
                layout: string;
                point: number[];
                row: number;
                source: string | null;
              }[];
              expiresOn: string | null;
              file: string;
              /** @description Boundary quality flags, e.g. RIGHT_OVERLAP. */
              flags: string[];
              geometry: {
                /** @description Positions [longitude, latitude], nested as the geometry type requires. */
                coordinates: unknown[];
                type: 'Point' | 'Polygon' | 'MultiPolygon';
              } | null;
              grantedOn: string | null;
              hectares: number | null;
              holders: {
                entity: string | null;
                /** @description Canonical id, e.g. PE:RUC:20123456789. */
                id: string;
                name: string | null;
              }[];
              id: string;
              inputs: {
                deliveries: number;
                /** @description MERCURY, SODIUM_CYANIDE, EXPLOSIVES… */
                input: string;
                month: string;
                quantity: number;
                recipients: string[];
                unit: string | null;
              }[];
              kind: string | null;
              layout: string;
              months: {
                capacityKg: number | null;
                declaredIsFine: boolean | null;
                declaredKg: number | null;
                /** @description YYYY-MM. */
                month: string;
                purchasedFineKg: number | null;
                purchases: number;
              }[];
              name: string | null;
              row: number;
              status: string | null;
              statusNational: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Risk scores of the latest run, highest first, within your scope */
    get: {
      parameters: {
        query: {
          /** @description ISO 3166 alpha-2, e.g. PE. */
          country?: string;
          /** @description entity, right (mining right), trader (plant or trader), exporter or corridor */
          kind?: 'entity' | 'right' | 'trader' | 'exporter' | 'corridor';
          /** @description Items per page, at most 200. */
          limit: number;
          /** @description Items to skip. */
          offset: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Scored subjects, highest score first. */
              items: {
                /** @description Alerts among the evidence */
                alerts: number;
                /** @description ISO alpha-2, or null */
                country: string | null;
                /** @description Entity id, right or party identifier, or ORIGIN>OFFICE>DESTINATION */
                id: string;
                /**
                 * @description entity, right (mining right), trader (plant or trader), exporter or corridor
                 * @enum {unknown}
                 */
                kind: 'entity' | 'right' | 'trader' | 'exporter' | 'corridor';
                label: string;
                /** @description Rank within the kind: in the region for regional readers, else in the subject's country */
                rank: number;
                score: number;
                /** @description The three pieces of evidence that weigh most */
                strongest: {
                  alertId: string | null;
                  /** @description Typology code (alerts) or signal code */
                  code: string;
                  /** @description The figures behind the value */
                  detail: {
                    [key: string]: unknown;
                  };
                  name: components['schemas']['Bilingual'];
                  /** @description This piece's share of the score; the points add up to the score */
                  points: number;
                  source: 'alert' | 'signal';
                  /** @description How strong this piece is, 0-1: severity, score, recency, repeats */
                  value: number;
                  /** @description How strongly this kind of evidence counts, 0-1 (weights.yaml) */
                  weight: number;
                }[];
              }[];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk/{kind}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One subject's risk score with every contribution, the run and its history */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description entity, right (mining right), trader (plant or trader), exporter or corridor */
          kind: 'entity' | 'right' | 'trader' | 'exporter' | 'corridor';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Alerts among the evidence */
              alerts: number;
              /** @description ISO alpha-2, or null */
              country: string | null;
              /** @description Entity id, right or party identifier, or ORIGIN>OFFICE>DESTINATION */
              id: string;
              /**
               * @description entity, right (mining right), trader (plant or trader), exporter or corridor
               * @enum {unknown}
               */
              kind: 'entity' | 'right' | 'trader' | 'exporter' | 'corridor';
              label: string;
              /** @description Rank within the kind: in the region for regional readers, else in the subject's country */
              rank: number;
              score: number;
              /** @description The three pieces of evidence that weigh most */
              strongest: {
                alertId: string | null;
                /** @description Typology code (alerts) or signal code */
                code: string;
                /** @description The figures behind the value */
                detail: {
                  [key: string]: unknown;
                };
                name: components['schemas']['Bilingual'];
                /** @description This piece's share of the score; the points add up to the score */
                points: number;
                source: 'alert' | 'signal';
                /** @description How strong this piece is, 0-1: severity, score, recency, repeats */
                value: number;
                /** @description How strongly this kind of evidence counts, 0-1 (weights.yaml) */
                weight: number;
              }[];
            } & {
              contributions: {
                alertId: string | null;
                /** @description Typology code (alerts) or signal code */
                code: string;
                /** @description The figures behind the value */
                detail: {
                  [key: string]: unknown;
                };
                name: components['schemas']['Bilingual'];
                /** @description This piece's share of the score; the points add up to the score */
                points: number;
                source: 'alert' | 'signal';
                /** @description How strong this piece is, 0-1: severity, score, recency, repeats */
                value: number;
                /** @description How strongly this kind of evidence counts, 0-1 (weights.yaml) */
                weight: number;
              }[];
              history: {
                runId: number;
                score: number;
                /** Format: date-time */
                startedAt: string;
              }[];
              run: {
                asOf: string;
                id: number;
                /** Format: date-time */
                startedAt: string;
                weightsSource: string;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rules/compare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each country's rule in force on a day, topic by topic, with its legal source, the strictest rule and the grey zones */
    get: {
      parameters: {
        query?: {
          /** @description The rules in force on this day, YYYY-MM-DD; today by default. */
          on?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: date
               * @description A day, YYYY-MM-DD.
               */
              day: string;
              /** @description Every topic of the rulebook, in its order. */
              topics: {
                /** @description Each country’s rule in force on the day, in the region’s order; null where it has none. */
                countries: {
                  [key: string]: {
                    note?: {
                      en: string;
                      es: string;
                    };
                    source: {
                      article?: string;
                      /** @description An ISO 8601 date (yyyy-mm-dd). */
                      date: string;
                      instrument: string;
                      url?: string;
                    };
                    /** @description Yes or no, an amount in the topic’s unit, or a name (of a register), as the topic says. */
                    value: boolean | number | string;
                    /** @description Whether someone has checked the rule against its source. */
                    verified: boolean;
                  } | null;
                };
                /** @description The countries with a rule do not all say the same. */
                differs: boolean;
                greyZone: components['schemas']['Bilingual'] | null;
                strictest: {
                  countries: string[];
                  value: boolean | number;
                } | null;
                topic: {
                  flows: ('gold' | 'concentrates' | 'inputs')[];
                  id: string;
                  name: {
                    en: string;
                    es: string;
                  };
                  stricter: 'yes' | 'higher' | 'lower' | null;
                  unit?: string;
                  value: 'yes-no' | 'amount' | 'text';
                };
              }[];
              /** @description Version of the rulebook. */
              version: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rules/what-if': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** For each topic with a strictest rule, the alerts each country in scope raises under the rules in force and if every country held that rule */
    get: {
      parameters: {
        query?: {
          /** @description The rules in force on this day, YYYY-MM-DD; today by default. */
          on?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description One per topic with a strictest rule in force on the day, in the rulebook’s order. */
              candidates: {
                /** @description The detection thresholds every country would bind to the rule, as the holder does. */
                bound: {
                  threshold: string;
                  typology: string;
                }[];
                /** @description Alerts per country in the caller’s scope, in the region’s order; others are left out. */
                countries: {
                  [key: string]: {
                    /** @description Alerts raised under the rules in force. */
                    now: number;
                    /** @description Alerts raised if every country held the strictest rule. */
                    strictest: number;
                    /** @description The same counts, typology by typology. */
                    typologies: {
                      [key: string]: {
                        /** @description Alerts raised under the rules in force. */
                        now: number;
                        /** @description Alerts raised if every country held the strictest rule. */
                        strictest: number;
                      };
                    };
                  };
                };
                /** @description The rule every country would hold: that of the holder `from`, with its source; hypothetical. */
                rule: {
                  /** @description ISO 3166 alpha-2, e.g. PE. */
                  from: string;
                  /** @enum {boolean} */
                  hypothetical: true;
                  note?: {
                    en: string;
                    es: string;
                  };
                  source: {
                    article?: string;
                    /** @description An ISO 8601 date (yyyy-mm-dd). */
                    date: string;
                    instrument: string;
                    url?: string;
                  };
                  /** @description Yes or no, an amount in the topic’s unit, or a name (of a register), as the topic says. */
                  value: boolean | number | string;
                  /** @description Whether someone has checked the rule against its source. */
                  verified: boolean;
                };
                /** @description The strictest value any country holds, and who holds it. */
                strictest: {
                  countries: string[];
                  value: boolean | number;
                };
                topic: {
                  flows: ('gold' | 'concentrates' | 'inputs')[];
                  id: string;
                  name: {
                    en: string;
                    es: string;
                  };
                  stricter: 'yes' | 'higher' | 'lower' | null;
                  unit?: string;
                  value: 'yes-no' | 'amount' | 'text';
                };
                /** @description The typologies whose detectors were run, as their alerts can change: empty where no detector reads the rule yet. */
                typologies: string[];
              }[];
              /**
               * Format: date
               * @description A day, YYYY-MM-DD.
               */
              day: string;
              /** @description Version of the rulebook. */
              version: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/typologies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The typology catalogue: every typology with its names, formula, thresholds and severity rule, in Spanish and English */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Upper-case code, e.g. MIRROR_TRADE_GAP. */
                code: string;
                description: {
                  en: string;
                  es: string;
                };
                /** @description This typology's own episode gap, where its alerts come further apart (satellite passes). */
                episodeGapMonths?: number;
                falsePositiveDrivers: {
                  en: string[];
                  es: string[];
                };
                formula: {
                  en: string;
                  es: string;
                  expression: string;
                };
                inputs: (
                  | 'Party'
                  | 'Relationship'
                  | 'MiningRight'
                  | 'Registration'
                  | 'ProductionDeclaration'
                  | 'MineralTransaction'
                  | 'CustomsDeclaration'
                  | 'TradeStatistic'
                  | 'InputTransaction'
                  | 'Assay'
                  | 'GeoFeature'
                  | 'AssetPosition'
                  | 'ReferencePrice'
                )[];
                name: {
                  en: string;
                  es: string;
                };
                /** @description Upper-case code, e.g. MIRROR_TRADE_GAP. */
                pillar: string;
                /** @description For a typology resting on a statistical test: the least data the test needs to see a scheme, and what it cannot see below it. */
                power?: {
                  en: string;
                  es: string;
                };
                severity: {
                  /** @description Where each level starts. */
                  bands: {
                    critical: number;
                    high: number;
                    low: number;
                    medium: number;
                  };
                  /**
                   * @description Whether a larger figure is worse.
                   * @enum {unknown}
                   */
                  direction: 'higher' | 'lower';
                  /** @description One level up when the value at stake exceeds this. */
                  escalateAboveUsd?: number;
                  /** @description Figure the bands apply to. */
                  measure: string;
                  rule: {
                    en: string;
                    es: string;
                  };
                  /** @enum {unknown} */
                  unit:
                    | 'ratio'
                    | 'fraction'
                    | 'USD'
                    | 'g'
                    | 'kg'
                    | 'kg/month'
                    | 'kg/ha/year'
                    | 'ha'
                    | 'm'
                    | 'km'
                    | 'hours'
                    | 'days'
                    | 'months'
                    | 'count'
                    | 'mad'
                    | 'mahalanobis'
                    | 'COP'
                    | 'PEN'
                    | 'BOB';
                };
                /**
                 * @description planned until its detector lands, then active; retired ones keep their code.
                 * @enum {unknown}
                 */
                status: 'planned' | 'active' | 'retired';
                thresholds: {
                  [key: string]: {
                    meaning: {
                      en: string;
                      es: string;
                    };
                    /** @enum {unknown} */
                    unit:
                      | 'ratio'
                      | 'fraction'
                      | 'USD'
                      | 'g'
                      | 'kg'
                      | 'kg/month'
                      | 'kg/ha/year'
                      | 'ha'
                      | 'm'
                      | 'km'
                      | 'hours'
                      | 'days'
                      | 'months'
                      | 'count'
                      | 'mad'
                      | 'mahalanobis'
                      | 'COP'
                      | 'PEN'
                      | 'BOB';
                    value: number;
                  };
                };
              }[];
              limit: number;
              offset: number;
              pillars: {
                /** @description Upper-case code, e.g. MIRROR_TRADE_GAP. */
                code: string;
                description: {
                  en: string;
                  es: string;
                };
                name: {
                  en: string;
                  es: string;
                };
              }[];
              total: number;
              /** @description Version of the catalogue. */
              version: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a national file (multipart/form-data, one file part) to be loaded
     * @description The file is streamed to disk and loaded in the background; poll GET /uploads/{id}. Files over the server's limit are refused with 413, and files of a layout outside the caller's countries (or a regional layout, to a caller without regional scope) with 403. The body is one multipart file part and an optional field "force" ("true" loads the file again even if it was loaded before, so that its records replace a later version's); it is not described as a schema because it is streamed, never parsed whole.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uploads/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How an upload is going: status, fraction read, rows, and the report once loaded */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batchId: number | null;
              error: {
                code: string;
                message: string;
              } | null;
              file: string;
              finishedAt: string | null;
              /** @description Share of the file read. */
              fraction: number;
              id: string;
              message: string | null;
              /** Format: date-time */
              receivedAt: string;
              /** @description The ingestion report once loading ends, else null. */
              report: unknown;
              rowsAccepted: number;
              /** @description Known once loading ends. */
              rowsRead: number;
              rowsRejected: number;
              sizeBytes: number;
              /**
               * @description queued, loading, then done or failed.
               * @enum {unknown}
               */
              status: 'queued' | 'loading' | 'done' | 'failed';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The users you manage (those who see no more countries than you), by username */
    get: {
      parameters: {
        query: {
          /** @description Items per page, at most 500. */
          limit: number;
          /** @description Items to skip. */
          offset: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: (components['schemas']['User'] & {
                /** Format: date-time */
                createdAt: string;
                disabled: boolean;
              })[];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    /** Create a user; the password is generated and shown once when none is given */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agency?: string | null;
            /** @description Country codes (BO, CO, EC, PE) the user sees, or "ALL" */
            countries: string[] | 'ALL';
            displayName?: string;
            /** @description Generated and returned once when absent */
            password?: string;
            /** @description viewer, analyst, supervisor, admin or auditor */
            role: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': (components['schemas']['User'] & {
              /** Format: date-time */
              createdAt: string;
              disabled: boolean;
            }) & {
              /** @description The generated password, shown only here */
              password?: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user's name, role, countries, agency or password, or disable them; a new password, a disable or an enable ends their sessions and revokes their API tokens */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agency?: string | null;
            /** @description Country codes (BO, CO, EC, PE) the user sees, or "ALL" */
            countries?: string[] | 'ALL';
            disabled?: boolean;
            displayName?: string;
            password?: string;
            /** @description viewer, analyst, supervisor, admin or auditor */
            role?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'] & {
              /** Format: date-time */
              createdAt: string;
              disabled: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/users/{id}/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A user's API tokens, newest first, revoked ones included (never the tokens themselves) */
    get: {
      parameters: {
        query: {
          /** @description Items per page, at most 500. */
          limit: number;
          /** @description Items to skip. */
          offset: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: date-time */
                createdAt: string;
                id: string;
                lastUsedAt: string | null;
                name: string;
                revokedAt: string | null;
              }[];
              limit: number;
              offset: number;
              /** @description How many items pass the filters, over all pages. */
              total: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Revoke every API token of a user; their scripts stop working at once */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The tokens this request revoked */
              items: {
                /** Format: date-time */
                createdAt: string;
                id: string;
                lastUsedAt: string | null;
                name: string;
                revokedAt: string | null;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke one API token of a user */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          tokenId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              createdAt: string;
              id: string;
              lastUsedAt: string | null;
              name: string;
              revokedAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        500: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** AlertDetail */
    AlertDetail: {
      assignee: string | null;
      comments: components['schemas']['CaseComment'][];
      country: string | null;
      detectorVersion: string;
      /** @description The episode this is, or that this alert belongs to. */
      episode: {
        /** @description How many alerts the episode holds. */
        alerts: number;
        /** @description The episode’s id: its case is the one to triage. */
        id: string;
      };
      /** @description The alerts of the episode, earliest first: its evidence month by month. */
      episodeAlerts: components['schemas']['EpisodeAlert'][];
      evidence: components['schemas']['EvidenceItem'][];
      explanation: components['schemas']['Bilingual'];
      figures: {
        [key: string]: number | string;
      };
      /** Format: date-time */
      firstDetectedAt: string;
      history: components['schemas']['CaseHistoryEntry'][];
      id: string;
      /** Format: date-time */
      lastDetectedAt: string;
      /** @description Statuses the caller may move the case to now (a dismissal also needs a reason). */
      nextStatuses: ('open' | 'in_review' | 'escalated' | 'dismissed' | 'closed')[];
      nextStep: components['schemas']['NextStep'];
      period: {
        /** Format: date */
        end: string;
        /** Format: date */
        start: string;
      };
      score: number;
      /**
       * @description low, medium, high or critical.
       * @enum {unknown}
       */
      severity: 'low' | 'medium' | 'high' | 'critical';
      /**
       * @description open, in_review, escalated, dismissed or closed.
       * @enum {unknown}
       */
      status: 'open' | 'in_review' | 'escalated' | 'dismissed' | 'closed';
      /** @description Ids of the parties and rights the alert is about. */
      subjects: string[];
      title: components['schemas']['Bilingual'];
      typology: string;
      typologyName: components['schemas']['Bilingual'];
    };
    /** AlertSummary */
    AlertSummary: {
      assignee: string | null;
      country: string | null;
      /** @description The episode this is, or that this alert belongs to. */
      episode: {
        /** @description How many alerts the episode holds. */
        alerts: number;
        /** @description The episode’s id: its case is the one to triage. */
        id: string;
      };
      /** Format: date-time */
      firstDetectedAt: string;
      id: string;
      /** Format: date-time */
      lastDetectedAt: string;
      period: {
        /** Format: date */
        end: string;
        /** Format: date */
        start: string;
      };
      score: number;
      /**
       * @description low, medium, high or critical.
       * @enum {unknown}
       */
      severity: 'low' | 'medium' | 'high' | 'critical';
      /**
       * @description open, in_review, escalated, dismissed or closed.
       * @enum {unknown}
       */
      status: 'open' | 'in_review' | 'escalated' | 'dismissed' | 'closed';
      /** @description Ids of the parties and rights the alert is about. */
      subjects: string[];
      title: components['schemas']['Bilingual'];
      typology: string;
      typologyName: components['schemas']['Bilingual'];
    };
    /** Bilingual */
    Bilingual: {
      en: string;
      es: string;
    };
    /** CaseComment */
    CaseComment: {
      /** Format: date-time */
      at: string;
      author: string;
      id: number;
      text: string;
    };
    /** CaseHistoryEntry */
    CaseHistoryEntry: {
      assignee: string | null;
      /** Format: date-time */
      at: string;
      author: string;
      from: ('open' | 'in_review' | 'escalated' | 'dismissed' | 'closed') | null;
      id: number;
      /** @enum {unknown} */
      kind: 'transition' | 'assignment';
      reason: string | null;
      to: ('open' | 'in_review' | 'escalated' | 'dismissed' | 'closed') | null;
    };
    /** EpisodeAlert */
    EpisodeAlert: {
      id: string;
      period: {
        /** Format: date */
        end: string;
        /** Format: date */
        start: string;
      };
      score: number;
      /**
       * @description low, medium, high or critical.
       * @enum {unknown}
       */
      severity: 'low' | 'medium' | 'high' | 'critical';
      title: components['schemas']['Bilingual'];
    };
    /** ErrorBody */
    ErrorBody: {
      /** @description A stable error code, e.g. NOT_FOUND. */
      code: string;
      /** @description A sentence saying what went wrong and what to do. */
      message: string;
    };
    /** EvidenceItem */
    EvidenceItem: {
      /** @description Name of the file the record was read from; absent for a monthly total another node shared (table shared_aggregate), which has none. */
      file?: string;
      /** @description National layout of the file, e.g. PE-COMPRAS. */
      layout: string;
      /** @description At a regional hub, for a record another node shared: who shared it and under which clause. The file and row are the node’s own, which it can look up. */
      origin?: {
        /** @description The agreement it was shared under, e.g. PE-HUB. */
        agreement: string;
        /** @description The clause: the whole record, some fields, or pseudonymised. */
        form: 'full' | 'fields' | 'pseudonymised';
        /** @description The node that shared the record, e.g. PE. */
        node: string;
        version: number;
      };
      recordId: string;
      /** @description What the record contributed to the alert. */
      role: string;
      /** @description Row of the record in that file (the header is row 1); absent for a shared total. */
      row?: number;
      /** @description Record table, e.g. mineral_transaction. */
      table: string;
      values: {
        [key: string]: unknown;
      };
    };
    /** NextStep */
    NextStep: {
      /** @description The alert has no country: one step per country of the region. */
      regional: boolean;
      rulebookVersion: string;
      steps: {
        /**
         * @description Whether the country’s rule in force during the period makes illegal mining a predicate offence for money laundering, says it is not one, or there is no rule.
         * @enum {unknown}
         */
        basis: 'predicate-offence' | 'not-a-predicate-offence' | 'no-rule';
        country: string;
        /** @description Money laundering where it applies, otherwise the typology’s channels, most fitting first. */
        referrals: {
          authority: {
            /** @description As the country names it, e.g. UIF-Perú, DIAN. */
            name: string;
            note: components['schemas']['Bilingual'] | null;
            source: {
              article?: string;
              /** @description An ISO 8601 date (yyyy-mm-dd). */
              date: string;
              instrument: string;
              url?: string;
            } | null;
            /** @description Whether someone has checked the authority. */
            verified: boolean;
          } | null;
          /**
           * @description money-laundering, tax, customs, environmental or mining.
           * @enum {unknown}
           */
          channel: 'money-laundering' | 'tax' | 'customs' | 'environmental' | 'mining';
        }[];
        rule: {
          inForce: {
            /**
             * Format: date
             * @description A day, YYYY-MM-DD.
             */
            from: string;
            to: string | null;
          };
          source: {
            article?: string;
            /** @description An ISO 8601 date (yyyy-mm-dd). */
            date: string;
            instrument: string;
            url?: string;
          };
          value: boolean;
          verified: boolean;
        } | null;
        text: components['schemas']['Bilingual'];
      }[];
    };
    /** User */
    User: {
      agency: string | null;
      /** @description ISO alpha-2 codes of the countries the user sees, or "ALL" */
      countries: ('PE' | 'CO' | 'EC' | 'BO')[] | 'ALL';
      displayName: string;
      id: string;
      /**
       * @description viewer, analyst, supervisor, admin or auditor
       * @enum {string}
       */
      role: 'viewer' | 'analyst' | 'supervisor' | 'admin' | 'auditor';
      username: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

/** The severities of an alert, in the API’s order. */
export const SEVERITY_VALUES = ['low', 'medium', 'high', 'critical'] as const;

/** The case statuses of an alert, in the API’s order. */
export const CASE_STATUS_VALUES = ['open', 'in_review', 'escalated', 'dismissed', 'closed'] as const;

/** The roles of a user, in the API’s order. */
export const ROLE_VALUES = ['viewer', 'analyst', 'supervisor', 'admin', 'auditor'] as const;

/** The countries whose data Veta holds, in the API’s order. */
export const COUNTRY_VALUES = ['PE', 'CO', 'EC', 'BO'] as const;
