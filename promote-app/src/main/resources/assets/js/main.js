/* Promote admin page: plain JavaScript modules, no framework and no build step. Each part of
   the page sets itself up when its elements are there. */
import { setupMigrations } from './migrations.js';
import { setupMember } from './member.js';

setupMigrations();
setupMember();
