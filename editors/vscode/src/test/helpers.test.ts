import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { annotateArgs, annotatedPath, isDocx, serverCommand, serverSettings } from '../helpers';

test('annotated copies sit next to the draft', () => {
  assert.equal(annotatedPath('/tmp/báo cáo.docx'), '/tmp/báo cáo.soat.docx');
  assert.equal(annotatedPath('/tmp/BAO-CAO.DOCX'), '/tmp/BAO-CAO.soat.DOCX');
  assert.deepEqual(annotateArgs('/a/b.docx'), ['annotate', '/a/b.docx', '-o', '/a/b.soat.docx']);
});

test('docx detection ignores case', () => {
  assert.ok(isDocx('/x/Y.DocX'));
  assert.ok(!isDocx('/x/y.md'));
});

test('server settings drop unset values', () => {
  assert.deepEqual(serverSettings({ profile: null, lang: 'en', enable: [], disable: ['date-style'] }), {
    lang: 'en',
    disable: ['date-style'],
  });
  assert.deepEqual(serverSettings({ profile: 'bogus' }), {});
});

test('the server command defaults to soat on PATH', () => {
  assert.deepEqual(serverCommand({}), { command: 'soat', args: ['lsp'] });
  assert.deepEqual(serverCommand({ path: ' /opt/soat/bin/soat ' }), { command: '/opt/soat/bin/soat', args: ['lsp'] });
});
