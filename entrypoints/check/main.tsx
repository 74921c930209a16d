import { mountPage } from '../../components/ui/mount';
import { App } from './App';

mountPage(App, 'check_title');
